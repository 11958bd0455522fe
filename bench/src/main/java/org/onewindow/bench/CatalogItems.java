package org.onewindow.bench;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Random;

/**
 * Generated catalog items for the search figures, written straight into catalog's search tables
 * (as catalog's own SearchBenchmark does: publishing 10,000 items one by one would measure the
 * publishing, not the search), and removed afterwards. Their codes use basic codes XK9xxxxxxx.
 */
final class CatalogItems {

    private static final String PREFIX = "11530000MB00000012XK9";

    private CatalogItems() {}

    /** Tops the catalog up to {@code items} searchable items; returns how many there are. */
    static int load(LoadBenchmark.Settings settings, int items) throws SQLException {
        try (var connection =
                DriverManager.getConnection(settings.jdbc() + "catalog", settings.dbUser(), settings.dbPassword())) {
            int existing;
            try (var count = connection.createStatement().executeQuery("select count(*) from item_search")) {
                count.next();
                existing = count.getInt(1);
            }
            var random = new Random(42);
            String[] regions = {"省", "昆明市", "曲靖市", "玉溪市", "保山市", "昭通市", "丽江市", "普洱市", "临沧市", "大理州"};
            String[] subjects = {"出版物", "印刷", "广播电视", "卫星电视", "音像制品", "电子出版物", "报刊", "图书", "网络视听", "有线电视"};
            String[] actions = {"零售", "批发", "制作", "发行", "复制", "进口", "经营", "出租", "传输", "安装"};
            String[] endings = {"单位设立审批", "许可证核发", "备案", "变更审批", "年度核验", "注销登记", "服务许可", "工程验收"};
            String[] departments = {"publishing", "radio-tv", "printing", "service-hall"};
            connection.setAutoCommit(false);
            try (var item = connection.prepareStatement(
                            "insert into item (code, base_code, name, type, department, status, current_version,"
                                    + " created_at, created_by, updated_at, updated_by) values (?, 'XK90000000', ?, 'XK', ?,"
                                    + " 'PUBLISHED', 1, now(), 'bench', now(), 'bench') on conflict do nothing");
                    var search = connection.prepareStatement(
                            "insert into item_search (code, version, name, name_lc, type, department, service_objects,"
                                    + " keywords, online_depth, promised_days, doc) values (?, 1, ?, lower(?), 'XK',"
                                    + " ?, '{LEGAL_PERSON}', ?, 3, 10, lower(? || ' ' || ?))"
                                    + " on conflict do nothing")) {
                for (int i = 0; i < items - existing; i++) {
                    var code = PREFIX + String.format("%07d", i) + "001";
                    var name = regions[random.nextInt(regions.length)]
                            + subjects[random.nextInt(subjects.length)]
                            + actions[random.nextInt(actions.length)]
                            + endings[random.nextInt(endings.length)];
                    var keywords = subjects[random.nextInt(subjects.length)] + " 事项" + i;
                    var department = departments[random.nextInt(departments.length)];
                    item.setString(1, code);
                    item.setString(2, name);
                    item.setString(3, department);
                    item.addBatch();
                    search.setString(1, code);
                    search.setString(2, name);
                    search.setString(3, name);
                    search.setString(4, department);
                    search.setString(5, keywords);
                    search.setString(6, name);
                    search.setString(7, keywords);
                    search.addBatch();
                }
                item.executeBatch();
                search.executeBatch();
            }
            connection.commit();
            connection.setAutoCommit(true);
            connection.createStatement().execute("analyze item_search");
            // written around catalog-service's SearchIndex: its remembered pages are let go here
            connection.createStatement().execute("update search_generation set value = value + 1");
            try (var count = connection.createStatement().executeQuery("select count(*) from item_search")) {
                count.next();
                return count.getInt(1);
            }
        }
    }

    static void remove(LoadBenchmark.Settings settings) throws SQLException {
        try (var connection = DriverManager.getConnection(
                        settings.jdbc() + "catalog", settings.dbUser(), settings.dbPassword());
                var statement = connection.createStatement()) {
            statement.execute("delete from item_search where code like '" + PREFIX + "%'");
            statement.execute("delete from item where code like '" + PREFIX + "%'");
            statement.execute("update search_generation set value = value + 1");
        }
    }
}
