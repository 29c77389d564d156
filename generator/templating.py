"""How Jinja compiles the templates: `{{ value }}` straight through `finalize`, and compiled templates kept
from one build to the next. The filters and the environment's options are in render.py.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from types import CodeType

import jinja2
from jinja2 import FileSystemBytecodeCache
from jinja2.compiler import CodeGenerator


class _Generator(CodeGenerator):
    """Jinja's code generator, writing `{{ value }}` as `finalize(value)` instead of `escape(finalize(value))`.

    `md`, the finalize, returns Markup for every value (escaping anything that is not Markup yet), so the
    outer `escape` would only copy Markup into new Markup: the output is the same, at a third of the calls."""

    def _output_child_pre(self, node, frame, finalize) -> None:
        if frame.eval_ctx.autoescape and not frame.eval_ctx.volatile and finalize.src == "environment.finalize(":
            self.write(finalize.src)
        else:
            super()._output_child_pre(node, frame, finalize)

    def _output_child_post(self, node, frame, finalize) -> None:
        if frame.eval_ctx.autoescape and not frame.eval_ctx.volatile and finalize.src == "environment.finalize(":
            self.write(")")
        else:
            super()._output_child_post(node, frame, finalize)


class Environment(jinja2.Environment):
    """Jinja's environment, compiling with `_Generator`."""

    code_generator_class = _Generator


def _named(code: CodeType, filename: str) -> CodeType:
    """The same code, and the code inside it (a template's functions), with `filename` as their file."""
    consts = tuple(_named(c, filename) if isinstance(c, CodeType) else c for c in code.co_consts)
    return code.replace(co_filename=filename, co_consts=consts)


class CompiledTemplates(FileSystemBytecodeCache):
    """Compiled templates kept from one build to the next, in Jinja's own per-user folder of the temporary
    directory, so a build does not compile its templates again (a third of a small site's generator time).

    Jinja checks each template's source against the checksum it was compiled from. The key adds the bytes
    of this file and render.py, where the code generator, options and filters are: any change to them
    compiles afresh. Without a usable folder, or if one cannot be written, templates are simply compiled."""

    _THIS = hashlib.sha1(b"".join((Path(__file__).parent / f).read_bytes() for f in ("templating.py", "render.py"))).hexdigest()

    def get_cache_key(self, name: str, filename: str | None = None) -> str:
        return hashlib.sha1(f"{name}|{self._THIS}".encode()).hexdigest()

    def get_bucket(self, environment, name, filename, source):
        """The bucket, its code naming this template's file (the copy it was compiled from may be another
        checkout's): a template's error shows the file it is in."""
        bucket = super().get_bucket(environment, name, filename, source)
        if bucket.code is not None and filename and bucket.code.co_filename != filename:
            bucket.code = _named(bucket.code, filename)
        return bucket

    def dump_bytecode(self, bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass

    @classmethod
    def usable(cls) -> CompiledTemplates | None:
        try:
            return cls()
        except (OSError, RuntimeError):  # RuntimeError: a folder of the wrong owner or mode
            return None
