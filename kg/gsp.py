"""A SPARQL 1.1 Graph Store Protocol client for `kg load`: basic or digest auth, retries
with backoff on server errors and timeouts, and one-line errors for everything else.

Bodies are N-Triples sent as `text/turtle` (N-Triples is Turtle), which every store
reads, Virtuoso 7 included.
"""
from __future__ import annotations

import http.client
import time
import urllib.error
import urllib.parse
import urllib.request

from kg.errors import StoreError

#: Attempts per request, and the first pause between them (doubled each time).
ATTEMPTS = 4
BACKOFF_SECONDS = 0.5
CONTENT_TYPE = "text/turtle"


def _one_line(text: object) -> str:
    return " ".join(str(text).split())


class Retry(Exception):
    """A failure worth another attempt (5xx, timeout, reset); carries the reason."""


class GraphStoreClient:
    """PUT (replace) and POST (append) N-Triples into graphs of one endpoint."""

    def __init__(self, url: str, user: str | None = None, password: str | None = None,
                 timeout: float = 30, attempts: int = ATTEMPTS,
                 backoff: float = BACKOFF_SECONDS) -> None:
        self.url, self.timeout, self.attempts, self.backoff = url, timeout, attempts, backoff
        handlers: list[urllib.request.BaseHandler] = []
        if user is not None:
            passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            passwords.add_password(None, url, user, password or "")
            handlers += [urllib.request.HTTPBasicAuthHandler(passwords),
                         urllib.request.HTTPDigestAuthHandler(passwords)]
        self._opener = urllib.request.build_opener(*handlers)
        self._user = user

    def send(self, graph: str | None, body: bytes, replace: bool) -> None:
        """Replace (PUT) or add to (POST) one graph, None being the default graph;
        retried with backoff on 5xx and timeouts, StoreError on anything else."""
        query = "default" if graph is None else urllib.parse.urlencode({"graph": graph})
        target = f"{self.url}{'&' if '?' in self.url else '?'}{query}"
        pause = self.backoff
        for attempt in range(1, self.attempts + 1):
            try:
                return self._request(target, body, "PUT" if replace else "POST")
            except Retry as retry:
                if attempt == self.attempts:
                    raise StoreError(f"cannot reach SPARQL endpoint {self.url}: {retry} "
                                     f"(gave up after {self.attempts} attempts)") from None
                time.sleep(pause)
                pause *= 2

    def _request(self, target: str, body: bytes, method: str) -> None:
        request = urllib.request.Request(target, data=body, method=method,
                                         headers={"Content-Type": CONTENT_TYPE})
        try:
            with self._opener.open(request, timeout=self.timeout):
                return
        except urllib.error.HTTPError as error:
            detail = error.read(300).decode("utf-8", "replace")
            reason = f"HTTP {error.code} {error.reason}" + (f": {_one_line(detail)}"
                                                           if detail.strip() else "")
            if error.code >= 500:
                raise Retry(reason) from None
            if error.code in (401, 403):
                hint = ("check --user and --password" if self._user is not None
                        else "it needs a login: give --user and --password")
                reason = f"{reason}; {hint}"
            elif error.code == 404:
                reason = f"{reason}; is this the Graph Store URL (e.g. http://host:7878/store)?"
        except urllib.error.URLError as error:
            if isinstance(error.reason, TimeoutError):
                raise Retry(f"no answer within {self.timeout:g} s (timed out)") from None
            reason = _one_line(error.reason)
        except TimeoutError:
            raise Retry(f"no answer within {self.timeout:g} s (timed out)") from None
        except (ConnectionResetError, http.client.RemoteDisconnected) as error:
            raise Retry(f"connection dropped ({type(error).__name__})") from None
        except http.client.HTTPException as error:  # a server that does not speak HTTP
            reason = f"not an HTTP answer ({type(error).__name__}: {_one_line(error)})"
        except (OSError, ValueError) as error:  # refused, malformed URLs
            reason = _one_line(error)
        raise StoreError(f"cannot reach SPARQL endpoint {self.url}: {reason}")
