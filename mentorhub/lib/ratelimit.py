import hashlib
import time

from django.core.cache import caches


def over_limit(scope: str, key: str, limit: int, window_seconds: int = 3600) -> bool:
    """Count one attempt for `key` in the current fixed window and say whether it goes over `limit`.

    The key is hashed so that email addresses never sit in the cache in clear. Counting goes through the
    "shared" cache, which all processes see (see CACHES), or the limit would mean nothing.
    """
    window = int(time.time() // window_seconds)
    digest = hashlib.sha256(key.strip().lower().encode()).hexdigest()
    cache_key = f"ratelimit:{scope}:{digest}:{window}"
    cache = caches["shared"]
    cache.add(cache_key, 0, timeout=window_seconds)
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.set(cache_key, 1, timeout=window_seconds)
        count = 1
    return count > limit
