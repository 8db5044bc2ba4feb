# rejectwatch as a daemon: `docker run -e REJECTWATCH_IMAP_HOST=... -v rw-data:/data rejectwatch`
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    REJECTWATCH_DATA_DIR=/data

WORKDIR /build
COPY pyproject.toml README.md ./
COPY src ./src
COPY models ./models
COPY data ./data
RUN pip install . && rm -rf /build

RUN useradd --create-home --uid 10001 rejectwatch \
    && mkdir -p /data && chown rejectwatch:rejectwatch /data
VOLUME ["/data"]
USER rejectwatch
WORKDIR /home/rejectwatch

# The daemon writes a heartbeat to /data every 15 s; stale for 2 minutes = unhealthy.
HEALTHCHECK --interval=60s --timeout=10s --start-period=60s --retries=3 \
    CMD ["rejectwatch", "health", "--max-age", "120"]

CMD ["rejectwatch", "run"]
