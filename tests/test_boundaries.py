"""The model knows nothing of Qt: nn/, data/ and evaluate import with PySide6 blocked."""

import subprocess
import sys
import textwrap

PURE_MODULES = [
    "digitpad.nn.functions", "digitpad.nn.network", "digitpad.nn.train",
    "digitpad.data.idx", "digitpad.data.mnist", "digitpad.data.mnist_files", "digitpad.data.mnist_read",
    "digitpad.data.mnist_download", "digitpad.data.mnist_verify", "digitpad.data.preprocess",
    "digitpad.data.mydigits", "digitpad.evaluate", "digitpad.models",
    "digitpad.nn.finetune", "digitpad.teach", "digitpad.nn.explain", "digitpad.training_request",
    "digitpad.data.centre_lines",
]


def test_core_imports_without_qt():
    script = textwrap.dedent(f"""
        import importlib, pkgutil, sys

        class BlockQt:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph", "PyQt5", "PyQt6"):
                    raise ImportError(f"{{name}} is blocked in this test")
                return None

        sys.meta_path.insert(0, BlockQt())
        import digitpad.nn, digitpad.data
        names = set({PURE_MODULES!r})
        for pkg in (digitpad.nn, digitpad.data):
            names.update(m.name for m in pkgutil.iter_modules(pkg.__path__, pkg.__name__ + "."))
        for name in sorted(names):
            importlib.import_module(name)
        loaded = [m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph")]
        assert not loaded, loaded
        print("imported", len(names))
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.split()[-1]) >= len(PURE_MODULES)


def test_the_block_is_real():
    """The same blocker makes the UI fail to import, so the test above could fail."""
    script = textwrap.dedent("""
        import sys
        class BlockQt:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("PySide6", "shiboken6"):
                    raise ImportError("blocked")
        sys.meta_path.insert(0, BlockQt())
        import digitpad.ui.app
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode != 0 and "blocked" in done.stderr


def test_the_ui_imports_nothing_from_the_cli():
    """The window and the command line call the same Qt-free functions; the UI never reaches into the CLI."""
    import ast
    from pathlib import Path
    ui = Path(__file__).resolve().parents[1] / "digitpad" / "ui"
    found = []
    for path in sorted(ui.rglob("*.py")):
        depth = len(path.relative_to(ui).parts)  # ui/x.py: 1; ui/widgets/x.py: 2
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.ImportFrom):
                module = node.module or ""
                if node.level:  # relative: climb out of ui/ (level depth+1 is the package root)
                    base = "digitpad" if node.level == depth + 1 else ""
                    module = f"{base}.{module}" if base else module
                names = [module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            found += [f"{path.name}: {n}" for n in names if n == "digitpad.cli" or n.startswith("digitpad.cli.")]
    assert found == []
