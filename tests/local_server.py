"""A real HTTP server on 127.0.0.1 for the download tests: mirrors that serve, fail, trickle or hang.

``server.serve(folder, {name: bytes}, slow=())`` puts files under ``/folder/`` and
returns that mirror's URL; ``server.routes`` maps any other path to a route
(``body``, ``trickle``, ``hang`` or one of a test's own); ``server.hits`` lists
the paths asked for, in order. The ``server`` fixture (in conftest.py) starts
one per test and stops it after.
"""

import hashlib
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from digitpad.data.mnist import MnistFile

STOP_WAIT = 5  # seconds the server thread gets to end


def spec_for(name, body, size=True) -> MnistFile:
    """The checksums (and size, unless not ``size``) a download of ``body`` under ``name`` must match."""
    return MnistFile(name, hashlib.md5(body).hexdigest(), hashlib.sha256(body).hexdigest(),
                     len(body) if size else None)


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        self.server.hits.append(self.path)
        route = self.server.routes.get(self.path)
        if route is None:
            self.send_error(404, "Not Found")
            return
        try:
            route(self)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, as cancel and size checks make it do

    def log_message(self, *args):
        pass


def body(data, length=True):
    """Send ``data`` at once (without a Content-Length if not ``length``)."""
    def route(handler):
        handler.send_response(200)
        if length:
            handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()  # HTTP/1.0: without a length, the body ends when the socket closes
        handler.wfile.write(data)
    return route


def trickle(data, first=64 * 1024, piece=4096, pause=0.01):
    """Send ``first`` bytes at once, then small pieces slowly (long enough for a test to cancel)."""
    def route(handler):
        handler.send_response(200)
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data[:first])
        handler.wfile.flush()
        for start in range(first, len(data), piece):
            if handler.server.stopping.wait(pause):
                return
            handler.wfile.write(data[start:start + piece])
            handler.wfile.flush()
    return route


def hang(handler):
    """Accept the request and say nothing (until the server stops)."""
    handler.server.stopping.wait(30)


class Server:
    def __init__(self):
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.httpd.routes = {}
        self.httpd.hits = []
        self.httpd.stopping = threading.Event()
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    @property
    def routes(self):
        return self.httpd.routes

    @property
    def hits(self):
        return self.httpd.hits

    def url(self, folder):
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/{folder}/"

    def serve(self, folder, bodies, slow=()):
        """Serve ``bodies`` ({name: bytes}) under ``folder``, those named in ``slow`` a little at a
        time (a download a test can cancel); the mirror's URL."""
        for name, data in bodies.items():
            route = trickle(data, first=0, piece=2048, pause=0.02) if name in slow else body(data)
            self.routes[f"/{folder}/{name}"] = route
        return self.url(folder)

    def close(self):
        self.httpd.stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(STOP_WAIT)
