# One image per service, from the runnable jar Maven built (./mvnw -DskipTests package):
#   docker build --build-arg MODULE=catalog-service -t onewindow/catalog-service .
# docker-compose.yml builds all five this way.
FROM eclipse-temurin:25-jre
ARG MODULE
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 onewindow
WORKDIR /app
COPY ${MODULE}/target/${MODULE}-*-exec.jar app.jar
USER onewindow
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -XX:TrimNativeHeapInterval=15000 -Dspring.threads.virtual.enabled=true"
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
