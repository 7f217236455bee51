# The all-in-one image: the launcher, the five services in one JVM on 8081-8085, started the fast way
# (docs/running.md, "In containers"). Built from suite/target/docloud-suite.jar (./mvnw -B -DskipTests package first):
#   docker build -f docker/suite.Dockerfile -t docloud-mock/suite .
#   docker run -p 8081-8085:8081-8085 docloud-mock/suite
ARG BASE_IMAGE=eclipse-temurin:17-jre
FROM ${BASE_IMAGE}
ARG BASE_IMAGE

COPY docker/docloud-check-base /usr/local/bin/
RUN docloud-check-base "$BASE_IMAGE" && mkdir -p /app /data

WORKDIR /app
COPY suite/target/docloud-suite.jar /tmp/docloud-suite.jar
# A class-data-sharing archive fits only the JDK that made it, and the base's JDK is not the build's:
# extract and train here, with the image's own java (Spring Boot's CDS recipe, as suite/pom.xml does).
RUN java -Djarmode=tools -jar /tmp/docloud-suite.jar extract --destination /app \
    && rm /tmp/docloud-suite.jar \
    && java -XX:ArchiveClassesAtExit=docloud-suite.jsa -Xlog:cds=off,cds+dynamic=off -Dspring.context.exit=onRefresh \
         -jar docloud-suite.jar --docloud.geo.port=0 --docloud.kv.port=0 --docloud.content-policy.port=0 \
         --docloud.discovery.port=0 --docloud.array.port=0 --docloud.data-dir=/tmp/training --logging.level.root=error \
    && rm -rf /tmp/training \
    && test -s docloud-suite.jsa

COPY docker/docloud-entrypoint docker/docloud-health /usr/local/bin/
# C1 only: the suite starts in half the CPU (docs/running.md, "Fast start"); DOCLOUD_JAVA_OPTIONS="" for peak speed
ENV DOCLOUD_JAVA_OPTIONS="-XX:TieredStopAtLevel=1 -XX:MaxRAMPercentage=75" \
    DOCLOUD_BIND_ADDRESS=0.0.0.0 \
    DOCLOUD_DATA_DIR=/data \
    DOCLOUD_HEALTH_PORTS="8081 8082 8083 8084 8085"
EXPOSE 8081 8082 8083 8084 8085
HEALTHCHECK --interval=2s --timeout=10s --start-period=60s --retries=30 CMD ["docloud-health"]
ENTRYPOINT ["docloud-entrypoint", "-XX:SharedArchiveFile=/app/docloud-suite.jsa", "-jar", "/app/docloud-suite.jar"]
