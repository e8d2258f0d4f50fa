"""Settings come from the environment, so one image serves development, tests and production.

See the README's "Configuration" table for every variable.
"""

import json
import os
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent.parent


# Lower case, so that Django does not take them for settings.
yes_words, no_words = {"1", "true", "yes", "on"}, {"0", "false", "no", "off"}


def env_bool(name: str, default: bool = False) -> bool:
    """Like healthchecks' envbool: a typo such as `ture` is an error naming the variable, never a silent "off"."""
    raw = os.environ.get(name, "").strip().lower()
    if not raw:
        return default
    if raw not in yes_words | no_words:
        raise ImproperlyConfigured(
            f"{name}={os.environ[name]!r} is not a yes or no; use 1/0, true/false, yes/no or on/off."
        )
    return raw in yes_words


def env_int(name: str, default: int, minimum: int = 0) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r} is not a whole number.") from None
    if value < minimum:
        raise ImproperlyConfigured(f"{name}={raw!r} must be at least {minimum}.")
    return value


def env_float(name: str, default: float, minimum: float = 0) -> float:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r} is not a number.") from None
    if not value >= minimum:  # also refuses nan
        raise ImproperlyConfigured(f"{name}={raw!r} must be at least {minimum:g}.")
    return value


def env_list(name: str, default: str = "") -> list[str]:
    return [v.strip() for v in os.environ.get(name, default).split(",") if v.strip()]


DEBUG = env_bool("MENTORHUB_DEBUG", False)
DEMO_MODE = env_bool("MENTORHUB_DEMO", DEBUG)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when MENTORHUB_DEBUG is off.")
    SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "localhost,127.0.0.1")
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", SITE_URL if SITE_URL.startswith("https") else "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "axes",
    # Accounts (sign-up, verification, log-in, resets, email change), two-factor, single sign-on and the session
    # list, from one maintained library (docs/accounts.md).
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.socialaccount",
    "allauth.socialaccount.providers.openid_connect",
    "allauth.socialaccount.providers.saml",
    "allauth.usersessions",
    # Only for its templates and static files: /api/docs then serves Swagger UI from here, not from a CDN.
    "ninja",
    # Before django_tasks_db: its `db_worker` command is replaced by one that writes a heartbeat.
    "mentorhub.operations",
    "django_tasks_db",
    "mentorhub.accounts",
    "mentorhub.profiles",
    "mentorhub.programs",
    "mentorhub.goals",
    "mentorhub.coach",  # its template filter shows the coaches' English hints in the person's language
    "mentorhub.network",
    "mentorhub.relationships",
    "mentorhub.conversations",
    "mentorhub.matching",
    "mentorhub.nudges",
    "mentorhub.meetings",
    "mentorhub.availability",
    "mentorhub.interviews",
    "mentorhub.health",
    "mentorhub.coordination",
    "mentorhub.provisioning",
    "mentorhub.integrations",
    "mentorhub.outbox",
    "mentorhub.inbound",
    "mentorhub.home",
    "mentorhub.api",
]

MIDDLEWARE = [
    # First: a load balancer's probe needs no host check, HTTPS redirect, session or user (docs/operations.md).
    "mentorhub.operations.middleware.HealthzMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The browser's Accept-Language (or the language cookie) first; a signed-in person's own choice wins below.
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "mentorhub.accounts.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "allauth.usersessions.middleware.UserSessionsMiddleware",
    "mentorhub.accounts.middleware.RequireTwoFactorMiddleware",
    "axes.middleware.AxesMiddleware",
    "mentorhub.lib.middleware.PersonTimezoneMiddleware",
    "mentorhub.lib.middleware.PersonLanguageMiddleware",
    "mentorhub.lib.middleware.OutOfRangeIdMiddleware",
    "mentorhub.api.middleware.RefuseNulMiddleware",
]

ROOT_URLCONF = "mentorhub.urls"
WSGI_APPLICATION = "mentorhub.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "mentorhub.home.context_processors.navigation",
                "mentorhub.home.context_processors.unread",
            ],
        },
    },
    # Plain-text emails: no HTML escaping, so a program called "Data & Product" reads as typed in a subject line
    # and a text part (lib/mail.render_text). The HTML parts stay on the escaping engine above.
    {
        "NAME": "text",
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {"autoescape": False},
    },
]

# SQLite by default: WAL lets readers run beside the single writer, and IMMEDIATE transactions take the
# write lock up front so concurrent writers queue on busy_timeout instead of failing with "database is locked".
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;",
}
DATABASE_URL = os.environ.get("DATABASE_URL", "")
if DATABASE_URL:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60, conn_health_checks=True)}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": os.environ.get("SQLITE_PATH", str(BASE_DIR / "mentorhub.sqlite3")),
            "OPTIONS": SQLITE_OPTIONS,
            # Kept open between requests, as PostgreSQL's: opening one (the PRAGMAs, Django's SQL functions) cost
            # about 6 ms of CPU per request, more than most pages' queries (BENCHMARKS.md, "Pages").
            "CONN_MAX_AGE": 60,
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    # The admin's log-in asks Django's backend; every other log-in goes through allauth's. Both read the signed-in
    # person with their profile, in one query (accounts/backends.py).
    "mentorhub.accounts.backends.ModelBackend",
    "mentorhub.accounts.backends.AccountBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "home:home"
LOGOUT_REDIRECT_URL = "accounts:login"

AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = env_float("AXES_COOLOFF_HOURS", 1)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
# allauth passes the address as `email`, the admin's form as `username`: both count against the same person.
AXES_USERNAME_CALLABLE = "mentorhub.accounts.lockout.username"
AXES_VERBOSE = False
# Accounts through django-allauth (docs/accounts.md). Log in by email; nobody is logged in before their address is
# verified, so that sign-up answers alike whether or not the address has an account (its owner is told by email).
ACCOUNT_ADAPTER = "mentorhub.accounts.adapter.AccountAdapter"
ACCOUNT_SIGNUP_FORM_CLASS = "mentorhub.accounts.forms.SignupForm"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*"]
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = True
ACCOUNT_EMAIL_CONFIRMATION_EXPIRE_DAYS = 3
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_EMAIL_UNKNOWN_ACCOUNTS = False
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = False
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_SESSION_REMEMBER = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
# Failed log-ins are counted by django-axes (in the database, for every process, the admin's log-in included) and
# account emails by `accounts.services.may_email` (in the shared cache, per address and per client address, per
# hour); allauth's own counters for both live in each process's memory, so they are off. Its other limits stay.
ACCOUNT_RATE_LIMITS = {"login_failed": None, "confirm_email": None}
# Two-factor: an app's codes with recovery codes, and passkeys or security keys (WebAuthn).
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes", "webauthn"]
MFA_PASSKEY_LOGIN_ENABLED = True
MFA_TOTP_ISSUER = os.environ.get("MFA_TOTP_ISSUER", "Mentorship Hub")
MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = DEBUG
# Staff and program coordinators must set up two-factor before anything else, and use it at every log-in.
TWO_FACTOR_FOR_COORDINATORS = env_bool("TWO_FACTOR_FOR_COORDINATORS", False)
USERSESSIONS_TRACK_ACTIVITY = False
# Single sign-on through organisations' OpenID Connect providers (docs/accounts.md): from OIDC_PROVIDERS here, and
# from "Social applications" in the admin, several at once. A person's first sign-in creates their account.
SOCIALACCOUNT_ADAPTER = "mentorhub.accounts.adapter.SocialAccountAdapter"
SOCIALACCOUNT_AUTO_SIGNUP = True
SOCIALACCOUNT_EMAIL_VERIFICATION = "none"  # only verified email claims get in (the adapter refuses the others)
SOCIALACCOUNT_EMAIL_AUTHENTICATION = True
SOCIALACCOUNT_EMAIL_AUTHENTICATION_AUTO_CONNECT = True
SOCIALACCOUNT_STORE_TOKENS = False


def env_json_list(name: str) -> list:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return []
    try:
        values = json.loads(raw)
    except ValueError as error:
        raise ImproperlyConfigured(f"{name} is not JSON: {error}.") from None
    if not isinstance(values, list):
        raise ImproperlyConfigured(f"{name} must be a JSON list, one object per provider.")
    return values


def env_oidc_providers(name: str) -> list[dict]:
    """A JSON list, one object per provider: provider_id, name, client_id, secret, server_url, and optionally
    domains (email domains routed to it) and sso_only (those people never use a password here)."""
    needed = {"provider_id", "name", "client_id", "secret", "server_url"}
    apps = []
    for provider in env_json_list(name):
        if not isinstance(provider, dict) or needed - provider.keys():
            raise ImproperlyConfigured(f"{name}: each provider needs {', '.join(sorted(needed))}.")
        apps.append(
            {
                **{key: provider[key] for key in ("provider_id", "name", "client_id", "secret")},
                "settings": {
                    "server_url": provider["server_url"],
                    "domains": list(provider.get("domains", [])),
                    "sso_only": bool(provider.get("sso_only", False)),
                },
            }
        )
    return apps


def env_saml_providers(name: str) -> list[dict]:
    """A JSON list, one object per SAML 2.0 identity provider: provider_id (the slug in the hub's SAML addresses),
    name, entity_id (the IdP's), domains (email domains routed to it, whose addresses it vouches for), and either
    metadata_url or sso_url with x509cert; optionally sso_only, attribute_mapping, sp_entity_id and advanced
    (allauth's security switches)."""
    apps = []
    for provider in env_json_list(name):
        needed = {"provider_id", "name", "entity_id", "domains"}
        if not isinstance(provider, dict) or needed - provider.keys():
            raise ImproperlyConfigured(f"{name}: each provider needs {', '.join(sorted(needed))}.")
        if not provider.get("metadata_url") and not (provider.get("sso_url") and provider.get("x509cert")):
            raise ImproperlyConfigured(
                f"{name}: {provider['provider_id']} needs metadata_url, or sso_url and x509cert."
            )
        if not provider["domains"]:
            raise ImproperlyConfigured(f"{name}: {provider['provider_id']} needs the email domains it vouches for.")
        idp = {key: provider[key] for key in ("entity_id", "metadata_url", "sso_url", "x509cert") if provider.get(key)}
        app_settings = {
            "idp": idp,
            "domains": list(provider["domains"]),
            "sso_only": bool(provider.get("sso_only", False)),
            "advanced": dict(provider.get("advanced", {})),
        }
        if provider.get("attribute_mapping"):
            app_settings["attribute_mapping"] = provider["attribute_mapping"]
        if provider.get("sp_entity_id"):
            app_settings["sp"] = {"entity_id": provider["sp_entity_id"]}
        # allauth finds a SAML app by its client id, which is also the slug in its addresses.
        apps.append(
            {
                "provider_id": provider["provider_id"],
                "client_id": provider["provider_id"],
                "name": provider["name"],
                "settings": app_settings,
            }
        )
    return apps


SOCIALACCOUNT_PROVIDERS = {
    "openid_connect": {"OAUTH_PKCE_ENABLED": True, "APPS": env_oidc_providers("OIDC_PROVIDERS")},
    "saml": {"APPS": env_saml_providers("SAML_PROVIDERS")},
}


def provider_urls(providers: dict) -> list[str]:
    """Where each configured identity provider lives: its OIDC server, its SAML metadata or sign-in address."""
    oidc = [app["settings"]["server_url"] for app in providers["openid_connect"]["APPS"]]
    saml = [
        app["settings"]["idp"].get("sso_url") or app["settings"]["idp"]["metadata_url"]
        for app in providers["saml"]["APPS"]
    ]
    return oidc + saml


def sso_form_action(urls: list[str]) -> list[str]:
    """allauth starts a sign-in with a form posted here that redirects to the provider, and browsers hold that
    redirect to the page's form-action: each provider's origin must be allowed there."""
    origins = {"{0.scheme}://{0.netloc}".format(urlsplit(url)) for url in urls}
    return [CSP.SELF, *sorted(origins)]


# How many reverse proxies (nginx, a load balancer) stand in front: the visitor's address is the one the outermost
# of them wrote into X-Forwarded-For. 0 when clients connect directly.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
AXES_CLIENT_IP_CALLABLE = "mentorhub.lib.clientip.client_ip"

# Mail: the console in development, SMTP when SMTP_HOST is set (Django's backend, recording when the relay may have
# the message: outbox/smtp.py). Django 6.1 wants MAILERS alone.
# Every email goes through the outbox (docs/email.md); a worker's claim on an email is a lease, renewed while it
# talks to the relay, and longer than one SMTP timeout so that one stalled command never outlives it.
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Mentorship Hub <hub@localhost>")
SMTP_TIMEOUT = float(os.environ.get("SMTP_TIMEOUT", "20"))
EMAIL_OUTBOX_LEASE_SECONDS = float(os.environ.get("EMAIL_OUTBOX_LEASE_SECONDS", str(3 * SMTP_TIMEOUT)))
EMAIL_OUTBOX_MAX_ATTEMPTS = int(os.environ.get("EMAIL_OUTBOX_MAX_ATTEMPTS", "8"))
# The first retry's wait; later ones grow from it (docs/email.md, "Retries").
EMAIL_OUTBOX_FIRST_RETRY_SECONDS = float(os.environ.get("EMAIL_OUTBOX_FIRST_RETRY_SECONDS", "120"))
if os.environ.get("SMTP_HOST"):
    MAILERS = {
        "default": {
            "BACKEND": "mentorhub.outbox.smtp.EmailBackend",
            "OPTIONS": {
                "host": os.environ["SMTP_HOST"],
                "port": env_int("SMTP_PORT", 587, minimum=1),
                "username": os.environ.get("SMTP_USER", ""),
                "password": os.environ.get("SMTP_PASSWORD", ""),
                "use_tls": env_bool("SMTP_TLS", True),
                "timeout": SMTP_TIMEOUT,
            },
        }
    }
else:
    MAILERS = {"default": {"BACKEND": "mentorhub.lib.console_mail.EmailBackend"}}

# Replies by email (docs/email.md): mail to reply+<token>@INBOUND_EMAIL_DOMAIN is posted where the token says.
# Unset, no email carries a reply address and nothing is received.
INBOUND_EMAIL_DOMAIN = os.environ.get("INBOUND_EMAIL_DOMAIN", "").strip().lower()
INBOUND_EMAIL_TOKEN_DAYS = env_int("INBOUND_EMAIL_TOKEN_DAYS", 90, minimum=1)
INBOUND_EMAIL_MAX_BYTES = env_int("INBOUND_EMAIL_MAX_BYTES", 10 * 1024 * 1024, minimum=1024)
# The bearer secret of POST /inbound/email/ (a provider's inbound webhook or a relay); unset, that door is closed.
INBOUND_EMAIL_SECRET = os.environ.get("INBOUND_EMAIL_SECRET", "")

# SCIM 2.0 provisioning at SITE_URL/scim/v2/ (docs/provisioning.md); an operator creates its bearer tokens.
SCIM_SERVICE_PROVIDER = {
    "SCHEME": SITE_URL.split("://", 1)[0],
    "NETLOC": SITE_URL.split("://", 1)[-1].split("/", 1)[0],
    "USER_ADAPTER": "mentorhub.provisioning.scim.PersonAdapter",
    "GROUP_MODEL": "mentorhub.provisioning.models.ProvisionedGroup",
    "GROUP_ADAPTER": "mentorhub.provisioning.scim.GroupAdapter",
    "USER_FILTER_PARSER": "mentorhub.provisioning.filters.PersonFilter",
    "GROUP_FILTER_PARSER": "mentorhub.provisioning.filters.GroupFilter",
    "SERVICE_PROVIDER_CONFIG_MODEL": "mentorhub.provisioning.scim.ServiceProviderConfig",
    "GET_EXTRA_MODEL_FILTER_KWARGS_GETTER": "mentorhub.provisioning.filters.visible_to_scim",
    "GET_QUERYSET_POST_PROCESSOR_GETTER": "mentorhub.provisioning.filters.listed_with_their_profiles",
    "AUTH_CHECK_MIDDLEWARE": "mentorhub.provisioning.auth.BearerTokenCheck",
    "WWW_AUTHENTICATE_HEADER": 'Bearer realm="scim"',
    "AUTHENTICATION_SCHEMES": [
        {
            "type": "oauthbearertoken",
            "name": "Bearer token",
            "description": "A provisioning token created by an operator (admin, or manage.py scim_token).",
            "primary": True,
        }
    ],
}

# Django's own widget templates in their Jinja2 version: the same markup, and a page of form fields (the meeting page
# has eleven) renders in a fraction of the time. Pages, and the admin's own widgets, stay on Django's engine.
FORM_RENDERER = "mentorhub.lib.forms.FormRenderer"

# Shared by every web process (rate limits must count across them); the table comes from a migration.
CACHES = {
    # Per process and in memory: nothing in it has to agree across processes.
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    # Rate limits must be counted once for all web processes, so they live in the database.
    "shared": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "mentorhub_cache"},
}
# Redis, when there is one, takes the shared counting off the database: one round trip instead of three queries.
REDIS_URL = os.environ.get("REDIS_URL", "").strip()
if REDIS_URL:
    CACHES["shared"] = {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    # Every request reads its session: from Redis then, written through to the database so a restart of Redis
    # logs no one out. Never from the per-process cache, which would keep a logged-out session alive elsewhere.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    SESSION_CACHE_ALIAS = "shared"

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}

LANGUAGE_CODE = "en-gb"
# One Portuguese catalogue serves pt-PT and pt-BR where they agree (docs/i18n.md); a browser asking for pt-BR gets it.
LANGUAGES = [("en-gb", "English"), ("pt", "Português")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True
# Dates in each language's own way, with names for the shorter forms our pages use (docs/i18n.md).
FORMAT_MODULE_PATH = ["mentorhub.formats"]

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
FILE_UPLOAD_MAX_MEMORY_SIZE = 3 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False  # htmx reads it to send X-CSRFToken
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"
# Only our own files run or style a page: no inline script, handler attribute or style attribute, so injected
# markup can do nothing. tests/e2e/test_csp.py walks the main pages and fails on any violation.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "form-action": sso_form_action(provider_urls(SOCIALACCOUNT_PROVIDERS)),
    "frame-ancestors": [CSP.NONE],
}
if not DEBUG:
    # Production sits behind TLS; a proxy that terminates it must set X-Forwarded-Proto.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
    CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)

# One line per event on stderr, each logger's event once (Django's own "django" handler would repeat what
# reaches the root), and no traceback for a 403 or 404: those are answers, not faults.
LOG_LEVEL = os.environ.get("LOG_LEVEL", "WARNING").strip().upper()
if LOG_LEVEL not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
    raise ImproperlyConfigured(f"LOG_LEVEL={LOG_LEVEL!r} is not one of DEBUG, INFO, WARNING, ERROR, CRITICAL.")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"no_client_error_tracebacks": {"()": "mentorhub.lib.logs.NoClientErrorTracebacks"}},
    "formatters": {"line": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "line"}},
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {
        "django": {"handlers": [], "level": LOG_LEVEL, "propagate": True},
        "django.request": {"filters": ["no_client_error_tracebacks"]},
        "django.security": {"filters": ["no_client_error_tracebacks"]},
    },
}

# Product rules that operators may tune.
PROFILE_PHOTO_MAX_BYTES = 2 * 1024 * 1024
EMAIL_LINK_MAX_AGE_SECONDS = 3 * 24 * 3600
ACCESS_TOKEN_DEFAULT_DAYS = 90
# Password resets, verification links and sign-up notices: enough for a person, too few to flood an inbox.
ACCOUNT_EMAILS_PER_ADDRESS_PER_HOUR = env_int("ACCOUNT_EMAILS_PER_ADDRESS_PER_HOUR", 3, minimum=1)
ACCOUNT_EMAILS_PER_IP_PER_HOUR = env_int("ACCOUNT_EMAILS_PER_IP_PER_HOUR", 20, minimum=1)
API_TOKEN_RATE_PER_MINUTE = env_int("API_TOKEN_RATE_PER_MINUTE", 120, minimum=1)
OUTREACH_FOLLOW_UP_DAYS = env_int("OUTREACH_FOLLOW_UP_DAYS", 7, minimum=1)
MENTORSHIP_REQUEST_EXPIRY_DAYS = env_int("MENTORSHIP_REQUEST_EXPIRY_DAYS", 14, minimum=1)
MENTORSHIP_MAX_OPEN_REQUESTS = env_int("MENTORSHIP_MAX_OPEN_REQUESTS", 5, minimum=1)
MENTORSHIP_PAUSE_GRACE_HOURS = env_int("MENTORSHIP_PAUSE_GRACE_HOURS", 24)
MENTORSHIP_CHECK_IN_DAYS = env_int("MENTORSHIP_CHECK_IN_DAYS", 90, minimum=1)
# Six months: the agreement's review date and the audit that asks both people whether it still works.
MENTORSHIP_REVIEW_DAYS = env_int("MENTORSHIP_REVIEW_DAYS", 182, minimum=1)
# The 30-day pulse, then one every 60 days while the relationship lasts.
PULSE_FIRST_DAYS = env_int("PULSE_FIRST_DAYS", 30, minimum=1)
PULSE_REPEAT_DAYS = env_int("PULSE_REPEAT_DAYS", 60, minimum=1)
# A program pair needs attention (coordination/attention.py) when it has not met for this many agreed cadences,
# or has no confirmed agreement this many days after it started.
COORDINATION_NO_MEETING_CADENCES = env_float("COORDINATION_NO_MEETING_CADENCES", 1.5, minimum=1)
COORDINATION_AGREEMENT_DAYS = env_int("COORDINATION_AGREEMENT_DAYS", 14, minimum=1)
# Pair exports and reports show a group's survey average only from this many people, so nobody's answer shows.
COORDINATION_MIN_GROUP = env_int("COORDINATION_MIN_GROUP", 5, minimum=2)
# A program's first one-question survey, this many days into each of its relationships.
PROGRAM_SURVEY_FIRST_DAYS = env_int("PROGRAM_SURVEY_FIRST_DAYS", 30, minimum=1)
# Who may create programs without the admin site: "coordinators" (staff, holders of programs.add_program, and
# people who already coordinate one) or "everyone" signed in (programs/setup.py).
PROGRAM_CREATORS = os.environ.get("PROGRAM_CREATORS", "coordinators").strip() or "coordinators"
if PROGRAM_CREATORS not in ("coordinators", "everyone"):
    raise ImproperlyConfigured(f"PROGRAM_CREATORS={PROGRAM_CREATORS!r} must be coordinators or everyone.")
# A published match run can be undone this long after publishing, while nobody in it has acted yet.
PROGRAM_UNDO_PUBLISH_HOURS = env_int("PROGRAM_UNDO_PUBLISH_HOURS", 24)
# Around each meeting: the agenda nudge before, the reminder before, and the notes-and-thanks nudge after it ends.
MEETING_AGENDA_NUDGE_HOURS = env_int("MEETING_AGENDA_NUDGE_HOURS", 48, minimum=1)
MEETING_REMINDER_HOURS = env_int("MEETING_REMINDER_HOURS", 24, minimum=1)
MEETING_NOTES_NUDGE_HOURS = env_int("MEETING_NOTES_NUDGE_HOURS", 2, minimum=0)
# A recurring meeting's next occurrence moves at most this many days (and half a cadence) to a time both are free.
MEETING_CADENCE_REACH_DAYS = env_int("MEETING_CADENCE_REACH_DAYS", 3, minimum=0)
# Conversations (docs/conversations.md): a message's length, how long its author may edit it, how long the other
# person has to read it in the app before it is emailed, the largest attachment, and how often an open tab polls.
CONVERSATION_MESSAGE_MAX_CHARS = env_int("CONVERSATION_MESSAGE_MAX_CHARS", 10_000, minimum=1)
CONVERSATION_EDIT_MINUTES = env_int("CONVERSATION_EDIT_MINUTES", 15)
CONVERSATION_NOTIFY_DELAY_MINUTES = env_int("CONVERSATION_NOTIFY_DELAY_MINUTES", 2)
CONVERSATION_ATTACHMENT_MAX_BYTES = env_int("CONVERSATION_ATTACHMENT_MAX_BYTES", 5 * 1024 * 1024, minimum=1)
CONVERSATION_POLL_SECONDS = env_int("CONVERSATION_POLL_SECONDS", 10, minimum=1)
# Every CSV import (contacts, program participants): the largest file, the most rows, the longest cell. A real
# export is far below each; a file beyond them is refused whole with a message.
CSV_MAX_BYTES = env_int("CSV_MAX_BYTES", 2 * 1024 * 1024, minimum=1024)
CSV_MAX_ROWS = env_int("CSV_MAX_ROWS", 5000, minimum=1)
CSV_MAX_CELL_CHARS = env_int("CSV_MAX_CELL_CHARS", 131_072, minimum=1024)
# Last resort: a nudge or webhook claimed by a task that failed, or a task left running by a worker with no heartbeat,
# is handed to another after this long. A worker with a heartbeat is taken over when seen dead.
WORKER_CLAIM_TIMEOUT_MINUTES = env_int("WORKER_CLAIM_TIMEOUT_MINUTES", 15, minimum=1)
# Each db_worker and sweep writes a heartbeat this often; one silent for WORKER_DEAD_AFTER_SECONDS is taken for dead
# and its running tasks go to the other workers (docs/operations.md).
WORKER_HEARTBEAT_SECONDS = env_int("WORKER_HEARTBEAT_SECONDS", 10, minimum=1)
WORKER_DEAD_AFTER_SECONDS = env_int("WORKER_DEAD_AFTER_SECONDS", 60, minimum=2)
# Bounds the forms, the API and CSV imports share (the API schema is built from them, so not from the environment).
MENTOR_CAPACITY_MAX = 20
PROGRAM_PLACES_MAX = 10
MEETING_MINUTES_DEFAULT, MEETING_MINUTES_MIN, MEETING_MINUTES_MAX = 45, 15, 240
# Free slots to book (availability): how far ahead, how soon at the earliest, and on what grid they start.
AVAILABILITY_DAYS_AHEAD = env_int("AVAILABILITY_DAYS_AHEAD", 28, minimum=1)
AVAILABILITY_MIN_NOTICE_HOURS = env_int("AVAILABILITY_MIN_NOTICE_HOURS", 12, minimum=0)
AVAILABILITY_SLOT_STEP_MINUTES = env_int("AVAILABILITY_SLOT_STEP_MINUTES", 30, minimum=5)
# A subscribed busy calendar: fetched with this timeout and size cap (same address rules as webhooks), this often;
# a connected CalDAV calendar is synced with the same timeout for each request, and as often.
AVAILABILITY_CALENDAR_TIMEOUT_SECONDS = env_int("AVAILABILITY_CALENDAR_TIMEOUT_SECONDS", 10, minimum=1)
AVAILABILITY_CALENDAR_MAX_BYTES = env_int("AVAILABILITY_CALENDAR_MAX_BYTES", 2 * 1024 * 1024, minimum=1024)
AVAILABILITY_CALENDAR_REFRESH_MINUTES = env_int("AVAILABILITY_CALENDAR_REFRESH_MINUTES", 30, minimum=5)
AVAILABILITY_RANGES_PER_DAY, AVAILABILITY_BUFFER_MAX_MINUTES, AVAILABILITY_WEEKLY_MAX_LIMIT = 3, 120, 50
# Informational interviews: about 20 minutes, up to three proposed times, a thank-you within 48 hours (seed 001),
# and "stay in touch" suggests a light check-in this many days later.
INTERVIEW_MINUTES, INTERVIEW_PROPOSED_TIMES_MAX, INTERVIEW_FOLLOW_UP_HOURS = 20, 3, 48
INTERVIEW_CHECK_IN_DAYS = env_int("INTERVIEW_CHECK_IN_DAYS", 90, minimum=7)
# Off: webhooks reach only the public internet, so nobody can use them to probe this server's network.
WEBHOOKS_ALLOW_PRIVATE_TARGETS = env_bool("WEBHOOKS_ALLOW_PRIVATE_TARGETS", False)
