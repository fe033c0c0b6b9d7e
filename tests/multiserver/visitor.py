"""A visitor talking to one of the app servers the way our TLS-terminating proxy would pass it on.

The proxy adds X-Forwarded-Proto (production settings trust it) and appends the visitor's address to
X-Forwarded-For (TRUSTED_PROXY_COUNT=1). Cookies are kept by hand: production marks them Secure, and the
servers themselves speak plain HTTP on loopback, behind the "proxy".
"""

import http.client
from dataclasses import dataclass
from html.parser import HTMLParser
from http.cookies import SimpleCookie
from urllib.parse import urlencode

HOST = "leerambassadeurs.test"


@dataclass
class Response:
    status: int
    headers: object
    text: str

    def header(self, name):
        return self.headers.get(name)


class Visitor:
    def __init__(self, address="203.0.113.10", forged=""):
        self.address = address
        self.forged = forged  # what the visitor itself puts in X-Forwarded-For, before the proxy appends
        self.cookies = {}

    def request(self, server, method, path, data=None):
        headers = {
            "Host": HOST,
            "X-Forwarded-Proto": "https",
            "X-Forwarded-For": f"{self.forged}, {self.address}" if self.forged else self.address,
        }
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        body = None
        if data is not None:
            body = urlencode(data, doseq=True)
            headers.update(
                {
                    "Content-Type": "application/x-www-form-urlencoded",
                    "Origin": f"https://{HOST}",
                    "Referer": f"https://{HOST}{path}",
                }
            )
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            text = response.read().decode("utf-8", "replace")
        finally:
            connection.close()
        for line in response.headers.get_all("Set-Cookie") or []:
            cookie = SimpleCookie()
            cookie.load(line)
            for name, morsel in cookie.items():
                if morsel["max-age"] == "0" or not morsel.value:
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value
        return Response(response.status, response.headers, text)

    def get(self, server, path):
        return self.request(server, "GET", path)

    def post(self, server, path, data):
        return self.request(server, "POST", path, data)

    def submit(self, server, path, changes, form_id=None):
        """GET `path`, fill its form (the one with `form_id`, else the first POST form) and POST it back."""
        page = self.get(server, path)
        assert page.status == 200, (path, page.status)
        fields = form_fields(page.text, form_id)
        fields.update(changes)
        return self.post(server, path, fields)

    def log_in(self, server, username, password, path="/nl/account/login/"):
        return self.submit(server, path, {"username": username, "password": password})


class _FormParser(HTMLParser):
    """The fields a browser would send for each <form>: inputs, checked boxes, textareas, selected options."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms = []
        self._form = self._textarea = self._select = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self._form = {"attrs": attrs, "fields": {}}
            self.forms.append(self._form)
        if self._form is None or "name" not in attrs and tag != "option":
            return
        fields = self._form["fields"]
        if tag == "input":
            kind = attrs.get("type", "text").lower()
            if kind in ("submit", "button", "image", "file", "reset"):
                return
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            fields.setdefault(attrs["name"], []).append(attrs.get("value", "on" if kind == "checkbox" else ""))
        elif tag == "textarea":
            self._textarea = attrs["name"]
            fields.setdefault(self._textarea, []).append("")
        elif tag == "select":
            self._select = {"name": attrs["name"], "first": None, "chosen": []}
        elif tag == "option" and self._select is not None:
            if self._select["first"] is None:
                self._select["first"] = attrs.get("value", "")
            if "selected" in attrs:
                self._select["chosen"].append(attrs.get("value", ""))

    def handle_data(self, data):
        if self._textarea is not None:
            self._form["fields"][self._textarea][-1] += data

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._textarea = None
        elif tag == "select" and self._select is not None:
            chosen = self._select["chosen"] or ([self._select["first"]] if self._select["first"] is not None else [])
            self._form["fields"].setdefault(self._select["name"], []).extend(chosen)
            self._select = None
        elif tag == "form":
            self._form = None


def form_fields(html, form_id=None):
    """{name: [values]} of the form with id `form_id`, or of the first form that POSTs."""
    parser = _FormParser()
    parser.feed(html)
    for form in parser.forms:
        if (form_id and form["attrs"].get("id") == form_id) or (
            not form_id and form["attrs"].get("method", "").lower() == "post"
        ):
            return dict(form["fields"])
    raise AssertionError(f"no form {form_id or 'with method=post'} on the page")
