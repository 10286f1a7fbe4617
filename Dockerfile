# ipom-mail as a service: `ipom serve` in a slim Python image, as a non-root user.
#   docker build -t ipom-mail .
#   docker run -d --name ipom -v ipom-data:/data -v $PWD/ipom.toml:/config/ipom.toml:ro \
#     -e IPOM_IMAP_PASSWORD -e IPOM_SMTP_PASSWORD ipom-mail
# The mounted ipom.toml must say [storage] path = "/data". See docs/operator.md.

FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY src ./src
COPY migrations ./migrations
RUN pip wheel --no-cache-dir --wheel-dir /wheels ".[postgres]"

FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PATH=/opt/ipom/bin:$PATH \
    IPOM_CONFIG=/config/ipom.toml
# ffmpeg: published videos are remuxed without their metadata (location, serial number)
RUN apt-get update \
 && apt-get install -y --no-install-recommends ffmpeg \
 && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 --home-dir /data --shell /usr/sbin/nologin ipom \
 && mkdir -p /data /config && chown ipom /data && chmod 700 /data
COPY --from=build /wheels /wheels
RUN python -m venv /opt/ipom \
 && /opt/ipom/bin/pip install --no-cache-dir --no-index --find-links /wheels "ipom-mail[postgres]" \
 && rm -rf /wheels
USER ipom
WORKDIR /data
VOLUME ["/data"]
HEALTHCHECK --interval=60s --timeout=20s --start-period=120s --retries=3 CMD ["ipom", "status"]
CMD ["ipom", "serve"]
