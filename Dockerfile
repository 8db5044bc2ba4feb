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
RUN pip install . && rm -rf /build

RUN useradd --create-home --uid 10001 rejectwatch \
    && mkdir -p /data && chown rejectwatch:rejectwatch /data
VOLUME ["/data"]
USER rejectwatch
WORKDIR /home/rejectwatch

CMD ["rejectwatch", "run"]
