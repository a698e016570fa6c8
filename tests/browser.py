"""Load a page in headless Chromium over the DevTools protocol and report what went wrong.

Uses Debian's `chromium` (installed with apt-get where it is missing and we are root) and a pure-Python
websocket client, so no browser is downloaded. Errors are console errors, uncaught exceptions, browser log
errors (a blocked or failed resource lands there) and failed network loads.

`python -m tests.browser report.html --screenshot shot.png` prints the same measurements as JSON.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import shutil
import subprocess
import tempfile
import time
import urllib.request
from dataclasses import asdict, dataclass, field
from pathlib import Path

import websocket

FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
    "--window-size=1200,900", "--remote-debugging-port=0",
)
INSTALL_TIMEOUT = 900
IMAGES_JS = ("JSON.stringify(Array.from(document.images, "
             "i => ({alt: i.alt, complete: i.complete, width: i.naturalWidth})))")


class BrowserUnavailable(Exception):
    """No Chromium here and none could be installed; the message says why."""


def ensure_chromium() -> str:
    """The path of Chromium, installing Debian's package first where it is missing."""
    found = shutil.which("chromium")
    if found:
        return found
    if shutil.which("apt-get") is None or os.geteuid() != 0:
        raise BrowserUnavailable("chromium is not installed and apt-get (as root) is not available to install it")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "chromium"]):
        try:
            done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=INSTALL_TIMEOUT)
        except subprocess.TimeoutExpired:
            raise BrowserUnavailable(f"`{' '.join(command)}` took over {INSTALL_TIMEOUT} s") from None
        if done.returncode != 0:
            raise BrowserUnavailable(f"`{' '.join(command)}` failed: {done.stderr.strip()[-300:]}")
    found = shutil.which("chromium")
    if not found:
        raise BrowserUnavailable("apt-get installed chromium but it is not on PATH")
    return found


@dataclass
class PageLoad:
    seconds: float
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    images: list[dict] = field(default_factory=list)


class DevTools:
    """A minimal DevTools protocol session: commands wait for their reply, events are kept in order."""

    def __init__(self, url: str, timeout: float) -> None:
        self.ws = websocket.create_connection(url, timeout=timeout, suppress_origin=True)
        self.events: list[dict] = []
        self.next_id = 0

    def call(self, method: str, **params: object) -> dict:
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message["result"]
            self.events.append(message)

    def wait_for(self, event: str) -> None:
        while not any(e.get("method") == event for e in self.events):
            self.events.append(json.loads(self.ws.recv()))


def error_text(event: dict) -> str | None:
    """What went wrong in one DevTools event, or None for an event that is no error."""
    method, params = event.get("method"), event.get("params", {})
    if method == "Runtime.consoleAPICalled" and params["type"] in ("error", "assert"):
        return "console: " + " ".join(str(a.get("value", a.get("description", ""))) for a in params["args"])
    if method == "Runtime.exceptionThrown":
        return "exception: " + params["exceptionDetails"].get("text", "")
    if method == "Log.entryAdded" and params["entry"]["level"] == "error":
        return f"log: {params['entry']['text']} {params['entry'].get('url', '')}".strip()
    if method == "Network.loadingFailed":
        return f"network: {params.get('errorText')} {params.get('blockedReason', '')}".strip()
    return None


def devtools_port(profile: Path, process: subprocess.Popen, timeout: float) -> int:
    """Chromium writes the port it chose into the profile folder."""
    deadline = time.monotonic() + timeout
    active = profile / "DevToolsActivePort"
    while time.monotonic() < deadline and process.poll() is None:
        if active.exists() and active.read_text().strip():
            return int(active.read_text().splitlines()[0])
        time.sleep(0.05)
    raise BrowserUnavailable(f"chromium did not start (exit code {process.poll()})")


def load_page(path: Path, screenshot: Path | None = None, chromium: str | None = None,
              timeout: float = 60) -> PageLoad:
    """Open a local file, time it until the load event (images decoded), collect errors, screenshot it all."""
    # chromium helper processes may still write to the profile as it exits: a leftover file is no failure
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as profile:
        process = subprocess.Popen([chromium or ensure_chromium(), *FLAGS, f"--user-data-dir={profile}",
                                    "about:blank"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            port = devtools_port(Path(profile), process, timeout)
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=timeout) as response:
                target = next(t for t in json.load(response) if t["type"] == "page")
            tools = DevTools(target["webSocketDebuggerUrl"], timeout)
            for domain in ("Page", "Runtime", "Log", "Network"):
                tools.call(f"{domain}.enable")
            started = time.perf_counter()
            tools.call("Page.navigate", url=path.resolve().as_uri())
            tools.wait_for("Page.loadEventFired")
            result = PageLoad(round(time.perf_counter() - started, 2))
            images = tools.call("Runtime.evaluate", expression=IMAGES_JS, returnByValue=True)
            result.images = json.loads(images["result"]["value"])
            if screenshot:
                size = tools.call("Page.getLayoutMetrics")["cssContentSize"]
                shot = tools.call("Page.captureScreenshot", format="png", captureBeyondViewport=True,
                                  clip={"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1})
                screenshot.parent.mkdir(parents=True, exist_ok=True)
                screenshot.write_bytes(base64.b64decode(shot["data"]))
            tools.ws.close()
        finally:
            process.terminate()
            process.wait(timeout=30)
    result.errors = [text for e in tools.events if (text := error_text(e))]
    result.requests = [e["params"]["request"]["url"][:80] for e in tools.events
                       if e.get("method") == "Network.requestWillBeSent"]
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", type=Path)
    parser.add_argument("--screenshot", type=Path)
    args = parser.parse_args()
    load = load_page(args.page, args.screenshot)
    print(json.dumps({"bytes": args.page.stat().st_size, **asdict(load)}, indent=2))


if __name__ == "__main__":
    main()
