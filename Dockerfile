# Production image: gunicorn behind a reverse proxy; static files served by whitenoise.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    DJANGO_SETTINGS_MODULE=website.settings.production \
    PORT=8000

RUN useradd --create-home --uid 1000 wagtail
WORKDIR /app

COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt

COPY --chown=wagtail:wagtail . .

# Static files are collected at build time; the throwaway key only satisfies the settings check. The media
# directory belongs to the app's user, so a volume mounted there (compose.yaml) is writable.
RUN SECRET_KEY="build-only-$(python -c 'import secrets; print(secrets.token_urlsafe(64))')" \
    python manage.py collectstatic --noinput --clear \
    && mkdir -p /app/media && chown wagtail:wagtail /app/media

USER wagtail
EXPOSE 8000
# Asks /healthz as the proxy would (host name, HTTPS terminated): database and both caches must answer.
HEALTHCHECK --interval=30s --timeout=5s CMD ["python", "bin/healthcheck"]
CMD ["sh", "-c", "python manage.py migrate --noinput && exec gunicorn website.wsgi:application --bind 0.0.0.0:${PORT} --workers ${WEB_CONCURRENCY:-3} --access-logfile -"]
