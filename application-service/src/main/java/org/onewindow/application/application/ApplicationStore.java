package org.onewindow.application.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onewindow.application.privacy.FieldCipher;
import org.onewindow.application.privacy.SealedColumn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applications in PostgreSQL; identity and phone numbers pass through the cipher both ways, each
 * bound to its row and column.
 */
@Repository
public class ApplicationStore {

    private static final String COLUMNS = """
            id, item_code, item_version, item_name, department, review_departments, channel, status,
            owner_subject, filed_by, filed_by_role, applicant_type, applicant_name, applicant_id_enc,
            applicant_phone_enc, agent_name, agent_id_enc, form, case_no, submitted_at, supplement, evaluation_level,
            evaluation_comment, created_at, gap_materials, gap_deadline, rectification_reported_at, follow_up_level""";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final FieldCipher cipher;

    ApplicationStore(JdbcClient jdbc, JsonMapper json, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.json = json;
        this.cipher = cipher;
    }

    void insert(Application a, OffsetDateTime now) {
        jdbc.sql("""
                        insert into application (id, item_code, item_version, item_name, department, review_departments,
                            channel, status, owner_subject, filed_by, filed_by_role, applicant_type, applicant_name,
                            applicant_id_enc, applicant_phone_enc, agent_name, agent_id_enc, form, created_at, updated_at)
                        values (:id, :itemCode, :itemVersion, :itemName, :department, cast(:reviewDepartments as text[]),
                            :channel, :status, :owner, :filedBy, :filedByRole, :applicantType, :applicantName,
                            :idEnc, :phoneEnc, :agentName, :agentIdEnc, cast(:form as jsonb), :now, :now)
                        """)
                .param("id", a.id())
                .param("itemCode", a.itemCode())
                .param("itemVersion", a.itemVersion())
                .param("itemName", a.itemName())
                .param("department", a.department())
                .param("reviewDepartments", "{" + String.join(",", a.reviewDepartments()) + "}")
                .param("channel", a.channel().name())
                .param("status", a.status().name())
                .param("owner", a.ownerSubject())
                .param("filedBy", a.filedBy())
                .param("filedByRole", a.filedByRole())
                .param("applicantType", a.applicant().type().name())
                .param("applicantName", a.applicant().name())
                .param("idEnc", seal(a.applicant().idNumber(), SealedColumn.APPLICANT_ID, a.id()))
                .param("phoneEnc", seal(a.applicant().phone(), SealedColumn.APPLICANT_PHONE, a.id()))
                .param("agentName", a.agent() == null ? null : a.agent().name())
                .param(
                        "agentIdEnc",
                        a.agent() == null ? null : seal(a.agent().idNumber(), SealedColumn.AGENT_ID, a.id()))
                .param("form", json.writeValueAsString(a.form()))
                .param("now", now)
                .update();
    }

    public Optional<Application> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from application where id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    /** Reads and locks the row: concurrent changes to one application wait for each other. */
    public Optional<Application> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from application where id = :id for update")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    public Optional<Application> findByCaseNoReadOnly(String caseNo) {
        return jdbc.sql("select " + COLUMNS + " from application where case_no = :caseNo")
                .param("caseNo", caseNo)
                .query(this::map)
                .optional();
    }

    /** Reads and locks the application of a case. */
    public Optional<Application> findByCaseNo(String caseNo) {
        return jdbc.sql("select " + COLUMNS + " from application where case_no = :caseNo for update")
                .param("caseNo", caseNo)
                .query(this::map)
                .optional();
    }

    /** A page of the applications a subject owns, newest first. */
    List<Application> listOwned(String owner, ApplicationStatus status, int page, int size) {
        return list("owner_subject = :owner", owner, null, status, page, size);
    }

    /**
     * A page of the applications a staff member sees, newest first, as Access.canSee has it: her
     * own, and the submitted ones of a set of departments (every department's when null).
     */
    List<Application> listForStaff(
            String viewer, List<String> departments, ApplicationStatus status, int page, int size) {
        var ofDepartments = departments == null
                ? "true"
                : "(department = any(cast(:departments as text[])) or review_departments && cast(:departments as text[]))";
        return list(
                "owner_subject = :owner or (status <> 'DRAFT' and " + ofDepartments + ")",
                viewer,
                departments,
                status,
                page,
                size);
    }

    private List<Application> list(
            String where, String owner, List<String> departments, ApplicationStatus status, int page, int size) {
        var sql = "select " + COLUMNS + " from application where (" + where + ")"
                + (status == null ? "" : " and status = :status")
                + " order by created_at desc limit :limit offset :offset";
        var spec = jdbc.sql(sql).param("owner", owner).param("limit", size).param("offset", page * size);
        if (departments != null) {
            spec = spec.param("departments", "{" + String.join(",", departments) + "}");
        }
        if (status != null) {
            spec = spec.param("status", status.name());
        }
        return spec.query(this::map).list();
    }

    public void updateForm(UUID id, JsonNode form, OffsetDateTime now) {
        jdbc.sql("update application set form = cast(:form as jsonb), updated_at = :now where id = :id")
                .param("form", json.writeValueAsString(form))
                .param("now", now)
                .param("id", id)
                .update();
    }

    /** Writes what the lifecycle decided; the only way an application's status changes. */
    public void apply(UUID id, ApplicationLifecycle.Transition transition, OffsetDateTime now) {
        if (transition.effect() != ApplicationLifecycle.Effect.MOVED) {
            return;
        }
        jdbc.sql("update application set status = :status, updated_at = :now where id = :id")
                .param("status", transition.to().name())
                .param("now", now)
                .param("id", id)
                .update();
    }

    /**
     * Gives a submission its case number and time, in one statement (issue 16). The number is
     * DOMAIN.md's: implementation code + yyyyMMdd + the item's 4-digit daily sequence. The upsert
     * takes the sequence row's lock until the commit, so concurrent submissions of one item wait for
     * each other and never share a number.
     *
     * @return the number; empty when the item's 9,999 numbers of the day are used up, and nothing
     *     was written to the application (the sequence did move, which the caller's rollback undoes).
     *     Empty too for an id with no row, which a caller holding the row's lock never passes.
     */
    public Optional<String> assignNextCaseNo(UUID id, String itemCode, OffsetDateTime now) {
        var day = now.toLocalDate();
        // the guard on 9999 keeps lpad from cutting a fifth digit off and repeating a number
        return jdbc.sql("""
                        with next as (
                            insert into case_sequence (item_code, day, last_value) values (:code, :day, 1)
                            on conflict (item_code, day) do update set last_value = case_sequence.last_value + 1
                            returning last_value)
                        update application set case_no = :prefix || lpad(next.last_value::text, 4, '0'),
                                               submitted_at = :now, updated_at = :now
                        from next
                        where id = :id and next.last_value <= 9999
                        returning case_no
                        """)
                .param("code", itemCode)
                .param("day", day)
                .param("prefix", itemCode + day.format(DateTimeFormatter.BASIC_ISO_DATE))
                .param("now", now)
                .param("id", id)
                .query(String.class)
                .optional();
    }

    /** The materials still owed after acceptance with gaps, and their deadline. */
    public void setGap(UUID id, List<String> materials, LocalDate deadline, OffsetDateTime now) {
        jdbc.sql("""
                        update application set gap_materials = cast(:materials as text[]), gap_deadline = :deadline,
                                               updated_at = :now where id = :id
                        """)
                .param("materials", "{" + String.join(",", materials) + "}")
                .param("deadline", deadline)
                .param("now", now)
                .param("id", id)
                .update();
    }

    public void rectificationReported(UUID id, OffsetDateTime at) {
        jdbc.sql("update application set rectification_reported_at = :at, updated_at = :at where id = :id")
                .param("at", at)
                .param("id", id)
                .update();
    }

    public void setSupplement(UUID id, JsonNode supplement, OffsetDateTime now) {
        jdbc.sql("update application set supplement = cast(:supplement as jsonb), updated_at = :now where id = :id")
                .param("supplement", supplement == null ? null : json.writeValueAsString(supplement))
                .param("now", now)
                .param("id", id)
                .update();
    }

    /** The first rating, or the one follow-up after a rectification. */
    public void setEvaluation(UUID id, boolean followUp, int level, String comment, OffsetDateTime now) {
        jdbc.sql(followUp ? """
                        update application set follow_up_level = :level, follow_up_comment = :comment,
                                               follow_up_at = :now, updated_at = :now where id = :id
                        """ : """
                        update application set evaluation_level = :level, evaluation_comment = :comment,
                                               evaluated_at = :now, updated_at = :now where id = :id
                        """)
                .param("level", level)
                .param("comment", comment)
                .param("now", now)
                .param("id", id)
                .update();
    }

    private String seal(String plain, SealedColumn column, UUID id) {
        return cipher.encrypt(plain, column.boundTo(id));
    }

    private String open(ResultSet rs, SealedColumn column, UUID id) throws SQLException {
        return cipher.decrypt(rs.getString(column.column()), column.boundTo(id));
    }

    private Application map(ResultSet rs, int row) throws SQLException {
        var supplement = rs.getString("supplement");
        var id = rs.getObject("id", UUID.class);
        var agentId = open(rs, SealedColumn.AGENT_ID, id);
        return new Application(
                id,
                rs.getString("item_code"),
                rs.getInt("item_version"),
                rs.getString("item_name"),
                rs.getString("department"),
                List.of((String[]) rs.getArray("review_departments").getArray()),
                Channel.valueOf(rs.getString("channel")),
                ApplicationStatus.valueOf(rs.getString("status")),
                rs.getString("owner_subject"),
                rs.getString("filed_by"),
                rs.getString("filed_by_role"),
                new ApplicantInput(
                        ApplicantInput.ApplicantType.valueOf(rs.getString("applicant_type")),
                        rs.getString("applicant_name"),
                        open(rs, SealedColumn.APPLICANT_ID, id),
                        open(rs, SealedColumn.APPLICANT_PHONE, id)),
                agentId == null ? null : new Agent(rs.getString("agent_name"), agentId),
                json.readTree(rs.getString("form")),
                rs.getString("case_no"),
                rs.getObject("submitted_at", OffsetDateTime.class),
                supplement == null ? null : json.readTree(supplement),
                (Integer) rs.getObject("evaluation_level"),
                rs.getString("evaluation_comment"),
                rs.getObject("created_at", OffsetDateTime.class),
                List.of((String[]) rs.getArray("gap_materials").getArray()),
                rs.getObject("gap_deadline", LocalDate.class),
                rs.getObject("rectification_reported_at", OffsetDateTime.class),
                (Integer) rs.getObject("follow_up_level"));
    }
}
