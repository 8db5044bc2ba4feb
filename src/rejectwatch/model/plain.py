"""Scoring without scikit-learn or scipy: a fitted Pipeline's numbers as plain numpy arrays.

Training, cross-validation and ``train --from-imap`` use scikit-learn; scoring needs only
what the fitted steps learned (the hashing widths, the idf vector and block scales, the three
linear models' weights and the combiner's coefficients) and the arithmetic that applies it.
Each fitted step converts itself (``to_plain()``: rejectwatch.model.hashing.DocumentHasher,
rejectwatch.model.shared_words.SharedWordsTfidf, rejectwatch.model.factors.FactorClassifier) into
a twin below, and the steps' own ``transform`` calls the same arithmetic, so a plain scorer
gives the fitted Pipeline's numbers bit for bit. Importing this module, loading a plain file
and scoring import numpy and mmh3 (the same MurmurHash3 scikit-learn's hashing uses), nothing
else.

The file (``NAME.npz``, format ``FORMAT``) is a zip of ``.npy`` arrays, readable with
``numpy.load`` and never unpickled (``allow_pickle=False``): ``layout.json`` lists the steps
in order, each with its kind, its scalar parameters and the names of its arrays.
"""

from __future__ import annotations

import io
import json
import math
import zipfile
from collections.abc import Sequence
from typing import Any, NamedTuple

import numpy as np
from numpy.typing import NDArray

from rejectwatch.errors import ModelError
from rejectwatch.model.token_hashes import hashed_char_grams, hashed_tokens

__all__ = [
    "FACTORS",
    "FORMAT",
    "FactorStep",
    "HashStep",
    "PlainPipeline",
    "Rows",
    "TfidfStep",
    "expit",
    "from_bytes",
    "to_bytes",
    "to_plain",
]

FORMAT = "rejectwatch-plain-1"
# The three stacked linear models (rejectwatch.model.factors), in the order of their columns.
FACTORS = ("rejection", "job", "refusal")
# Messages hashed and weighed together (PlainPipeline.positive).
ROW_CHUNK = 512
# A fixed zip timestamp: the same model gives the same bytes (and sha256) on every save.
ZIP_DATE = (2020, 1, 1, 0, 0, 0)


class Rows(NamedTuple):
    """A batch of sparse rows (CSR): row i's columns are ``indices[indptr[i]:indptr[i + 1]]``,
    ascending, its values ``data`` at the same places; ``width`` columns in all."""

    data: NDArray[Any]
    indices: NDArray[np.int64]
    indptr: NDArray[np.int64]
    width: int

    @property
    def rows(self) -> int:
        return len(self.indptr) - 1


def expit(x: float) -> float:
    """1 / (1 + e^-x), as scipy.special.expit computes it (the same libm exp)."""
    try:
        return 1.0 / (1.0 + math.exp(-x))
    except OverflowError:  # e^-x past the largest double: 1 / (1 + inf)
        return 0.0


class HashStep:
    """Texts -> raw token counts (float32): one block of ``widths[b]`` columns of word 1-2
    grams per view, side by side (the first view's block first); with a ``char_width``, one
    more view, whose character 3-5 grams fill a last block of that many columns (nineteenth
    pass, part E: rejectwatch.model.features.CHAR_VIEW; 0, the default and every file saved
    before it, is no such block)."""

    kind = "hash"

    def __init__(self, widths: Sequence[int], char_width: int = 0) -> None:
        self.widths = tuple(int(w) for w in widths)
        self.char_width = int(char_width)

    @property
    def width(self) -> int:
        return sum(self.widths) + self.char_width

    @property
    def views(self) -> int:
        """How many texts a message is hashed from."""
        return len(self.widths) + (1 if self.char_width else 0)

    def transform(self, views: Sequence[Sequence[str]]) -> Rows:
        if len(views) != self.views:
            raise ModelError(f"{len(views)} views for {self.views} hashed blocks")
        count = len(views[0])
        keys = []
        offset = 0
        for texts, width in zip(views, self.widths, strict=False):
            rows, columns = hashed_tokens(texts, width)
            keys.append(rows * self.width + columns + offset)
            offset += width
        if self.char_width:
            rows, columns = hashed_char_grams(views[-1], self.char_width)
            keys.append(rows * self.width + columns + offset)
        # one sorted pass: rows in order, each row's columns ascending, repeats counted
        unique, counts = np.unique(np.concatenate(keys), return_counts=True)
        rows, columns = np.divmod(unique, self.width)
        indptr = np.zeros(count + 1, dtype=np.int64)
        np.cumsum(np.bincount(rows, minlength=count), out=indptr[1:])
        return Rows(counts.astype(np.float32), columns, indptr, self.width)

    def params(self) -> dict[str, Any]:
        # (saved only when there is a char block: without one, the file is byte for byte the
        # one saved before it existed)
        extra = {"char_width": self.char_width} if self.char_width else {}
        return {"widths": list(self.widths), **extra}

    def arrays(self) -> dict[str, NDArray[Any]]:
        return {}

    @classmethod
    def load(cls, params: dict[str, Any], arrays: dict[str, NDArray[Any]]) -> HashStep:
        del arrays
        return cls(params["widths"], params.get("char_width", 0))


def normalise_blocks(
    data: NDArray[Any],
    indices: NDArray[Any],
    indptr: NDArray[Any],
    blocks: Sequence[tuple[int, float]],
) -> NDArray[Any]:
    """``data`` with each row's block [previous end, end) scaled to unit L2 length times its
    scale (rejectwatch.model.shared_words.SharedWordsTfidf)."""
    count = len(indptr) - 1
    ends = np.array([end for end, _ in blocks])
    scales = np.array([scale for _, scale in blocks], dtype=np.float64)
    rows = np.repeat(np.arange(count), np.diff(indptr))
    cell = rows * len(blocks) + np.searchsorted(ends, indices, side="right")
    squares = np.bincount(
        cell, weights=np.square(data, dtype=np.float64), minlength=count * len(blocks)
    )
    lengths = np.sqrt(squares)
    lengths[lengths == 0] = 1.0
    factor = np.tile(scales, count) / lengths
    return np.asarray((data * factor[cell]).astype(data.dtype, copy=False))


def weigh(data: NDArray[Any], indices: NDArray[Any], idf: NDArray[Any], sublinear: bool) -> None:
    """TF-IDF in place: 1 + log(count) when ``sublinear``, times the column's idf."""
    if sublinear:
        np.log(data, data)
        data += 1.0
    data *= idf[indices]


class TfidfStep:
    """Counts -> TF-IDF, each block normalised on its own (SharedWordsTfidf's arithmetic)."""

    kind = "tfidf"

    def __init__(
        self, idf: NDArray[Any], sublinear_tf: bool, blocks: Sequence[tuple[int, float]] | None
    ) -> None:
        self.idf = np.asarray(idf)
        self.sublinear_tf = bool(sublinear_tf)
        self.blocks = tuple((int(end), float(scale)) for end, scale in blocks or ())

    def transform(self, rows: Rows) -> Rows:
        if rows.width != self.idf.shape[0]:
            raise ModelError(f"{rows.width} features, but fitted on {self.idf.shape[0]}")
        data = rows.data.astype(np.float64) if rows.data.dtype != np.float32 else rows.data.copy()
        weigh(data, rows.indices, self.idf, self.sublinear_tf)
        blocks = self.blocks or ((rows.width, 1.0),)
        return rows._replace(data=normalise_blocks(data, rows.indices, rows.indptr, blocks))

    def params(self) -> dict[str, Any]:
        return {"sublinear_tf": self.sublinear_tf, "blocks": [list(b) for b in self.blocks]}

    def arrays(self) -> dict[str, NDArray[Any]]:
        return {"idf": self.idf}

    @classmethod
    def load(cls, params: dict[str, Any], arrays: dict[str, NDArray[Any]]) -> TfidfStep:
        blocks = [(int(end), float(scale)) for end, scale in params["blocks"]]
        return cls(arrays["idf"], params["sublinear_tf"], blocks or None)


def _row_sums(columns: NDArray[Any], data: NDArray[Any], rows: Rows) -> NDArray[Any]:
    """``rows`` times the weight ``columns`` (one array per model, over the features): each
    row's products added one after another, in column order, in float32, which is what scipy's
    sparse-times-dense product does (numpy's own sums add pairwise and round differently;
    ``np.add.at`` adds in the order of its indices)."""
    row_of = np.repeat(np.arange(rows.rows), np.diff(rows.indptr))
    out = np.zeros((len(columns), rows.rows), dtype=np.result_type(columns.dtype, data.dtype))
    for total, weights in zip(out, columns, strict=True):
        products = weights.take(rows.indices).astype(out.dtype, copy=False)
        products *= data
        np.add.at(total, row_of, products)
    return out.T


def interactions(z: NDArray[np.float64]) -> NDArray[np.float64]:
    """The combiner's inputs: the rejection and job log-odds, and job x refusal as the minimum
    of the two log-odds (rejectwatch.model.factors)."""
    return np.column_stack([z[:, 0], z[:, 1], np.minimum(z[:, 1], z[:, 2])])


class FactorStep:
    """TF-IDF rows -> P(rejection): three linear models' log-odds, clipped to the range the
    combiner was trained on, combined (FactorClassifier's arithmetic)."""

    kind = "factors"

    def __init__(
        self,
        weights: NDArray[Any],
        intercepts: NDArray[Any],
        bounds: tuple[NDArray[Any], NDArray[Any]],
        coef: NDArray[Any],
        intercept: NDArray[Any],
    ) -> None:
        self.weights = np.asarray(weights)
        # one contiguous array per model: gathering a row's weights from each is faster
        self.columns = np.ascontiguousarray(self.weights.T)
        self.intercepts = np.asarray(intercepts)
        self.bounds = (np.asarray(bounds[0]), np.asarray(bounds[1]))
        self.coef = np.asarray(coef)  # the combiner's, shape (1, 3)
        self.intercept = np.asarray(intercept)  # shape (1,)

    def factor_logits(self, rows: Rows) -> NDArray[np.float64]:
        """The three models' log-odds, one row per message."""
        logits: NDArray[np.float64] = _row_sums(self.columns, rows.data, rows).astype(np.float64)
        logits += self.intercepts
        return logits

    def combine(self, z: NDArray[np.float64]) -> NDArray[np.float64]:
        """The combiner's log-odds of rejection for rows of factor log-odds, clipped first."""
        z = np.clip(z, *self.bounds)
        scores = interactions(z) @ self.coef.T + self.intercept
        return np.asarray(scores.reshape(-1), dtype=np.float64)

    def positive(self, rows: Rows) -> list[float]:
        return self.probabilities(self.factor_logits(rows))

    def probabilities(self, z: NDArray[np.float64]) -> list[float]:
        """P(rejection) for rows of factor log-odds."""
        return [expit(v) for v in self.combine(z).tolist()]

    def _gradients(self, points: NDArray[np.float64]) -> NDArray[np.float64]:
        """d(combined log-odds)/d(factor log-odds) at each row of ``points``."""
        coef = self.coef[0]
        low, high = self.bounds
        inside = (points >= low) & (points <= high)
        clipped = np.clip(points, low, high)
        job_is_lower = clipped[:, 1] < clipped[:, 2]
        gradient = np.zeros((len(points), 3))
        gradient[:, 0] = coef[0]
        gradient[:, 1] = coef[1] + coef[2] * job_is_lower
        gradient[:, 2] = coef[2] * ~job_is_lower
        return np.asarray(gradient * inside, dtype=np.float64)  # flat where clipped

    def path_gradient(self, z: NDArray[np.float64], steps: int = 256) -> NDArray[np.float64]:
        """The combiner's gradient averaged along the straight path from the models'
        intercepts (a message with no features) to ``z`` (integrated gradients): the averages
        times the factors' distances from their intercepts add up to the change in combined
        log-odds (up to the midpoint rule's error)."""
        t = (np.arange(steps) + 0.5) / steps
        points = self.intercepts + t[:, np.newaxis] * (z - self.intercepts)
        return np.asarray(self._gradients(points).mean(axis=0), dtype=np.float64)

    def params(self) -> dict[str, Any]:
        return {}

    def arrays(self) -> dict[str, NDArray[Any]]:
        return {
            "weights": self.weights,
            "intercepts": self.intercepts,
            "low": self.bounds[0],
            "high": self.bounds[1],
            "coef": self.coef,
            "intercept": self.intercept,
        }

    @classmethod
    def load(cls, params: dict[str, Any], arrays: dict[str, NDArray[Any]]) -> FactorStep:
        del params
        bounds = (arrays["low"], arrays["high"])
        return cls(
            arrays["weights"], arrays["intercepts"], bounds, arrays["coef"], arrays["intercept"]
        )


Step = HashStep | TfidfStep | FactorStep
KINDS: dict[str, type[HashStep] | type[TfidfStep] | type[FactorStep]] = {
    cls.kind: cls for cls in (HashStep, TfidfStep, FactorStep)
}


class PlainPipeline:
    """The steps in order: a HashStep first, then transforms, then a FactorStep."""

    def __init__(self, steps: Sequence[tuple[str, Step]], sentence_model: Any = None) -> None:
        self.steps = list(steps)
        # thirty-second pass: the sentence gate's model (rejectwatch.model.sentence_gate), or
        # None in a file saved without one
        self.sentence_model = sentence_model
        first, last = (
            self.steps[0][1] if self.steps else None,
            self.steps[-1][1] if self.steps else None,
        )
        if len(self.steps) < 2 or not isinstance(first, HashStep):
            raise ModelError("a plain pipeline starts with a hashing step")
        if not isinstance(last, FactorStep):
            raise ModelError("a plain pipeline ends with the factor classifier")
        self.hasher: HashStep = first
        self.classifier: FactorStep = last
        width = first.width
        for name, step in self.steps[1:-1]:
            if not isinstance(step, TfidfStep) or step.idf.shape != (width,):
                raise ModelError(f"step {name!r} does not fit {width} hashed columns")
        if last.weights.ndim != 2 or last.weights.shape[0] != width:
            raise ModelError(f"the factor weights do not fit {width} hashed columns")
        self.named_steps = dict(self.steps)

    def rows(self, views: Sequence[Sequence[str]]) -> Rows:
        """The classifier's input rows for the views (rejectwatch.model.features)."""
        rows = self.hasher.transform(views)
        for _, step in self.steps[1:-1]:
            if isinstance(step, TfidfStep):  # checked in __init__: all of them are
                rows = step.transform(rows)
        return rows

    def positive(self, views: Sequence[Sequence[str]]) -> list[float]:
        """P(rejection) for each message's views."""
        count = len(views[0]) if views else 0
        if not count:
            return []
        return self.classifier.probabilities(self.factor_logits(views))

    def factor_logits(self, views: Sequence[Sequence[str]]) -> NDArray[np.float64]:
        """The three factor models' log-odds (FACTORS order), one row per message's views:
        what ``positive`` combines (thirty-sixth pass: Model.scores reads the job model's too)."""
        count = len(views[0]) if views else 0
        if not count:
            return np.zeros((0, len(FACTORS)))
        # rows are hashed and weighed in chunks (each row's numbers do not depend on the
        # others; sorting one huge batch's tokens cost more), combined all at once
        logits = [
            self.classifier.factor_logits(self.rows([view[i : i + ROW_CHUNK] for view in views]))
            for i in range(0, count, ROW_CHUNK)
        ]
        return np.concatenate(logits)


def to_plain(pipeline: Any) -> PlainPipeline:
    """A fitted Pipeline's plain twin: each step's ``to_plain()``; a step without one cannot
    be scored without scikit-learn, and says so."""
    steps: list[tuple[str, Step]] = []
    for name, step in pipeline.steps:
        convert = getattr(step, "to_plain", None)
        if convert is None:
            raise ModelError(f"pipeline step {name!r} ({type(step).__name__}) has no plain form")
        steps.append((name, convert()))
    return PlainPipeline(steps)


def _write_array(archive: zipfile.ZipFile, member: str, array: NDArray[Any]) -> str:
    npy = io.BytesIO()
    np.lib.format.write_array(npy, np.ascontiguousarray(array), allow_pickle=False)
    info = zipfile.ZipInfo(member, date_time=ZIP_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    archive.writestr(info, npy.getvalue(), compresslevel=6)
    return member


def _read_arrays(archive: zipfile.ZipFile, members: dict[str, str]) -> dict[str, NDArray[Any]]:
    arrays = {}
    for key, member in members.items():
        with archive.open(member) as handle:
            arrays[key] = np.lib.format.read_array(handle, allow_pickle=False)
    return arrays


def to_bytes(plain: PlainPipeline) -> bytes:
    """The plain file: ``layout.json`` and one ``.npy`` member per array, deflated, with a fixed
    timestamp (the same model, the same bytes)."""
    layout = []
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for index, (name, step) in enumerate(plain.steps):
            names = {}
            for key, array in step.arrays().items():
                names[key] = _write_array(archive, f"{index}.{key}.npy", array)
            layout.append(
                {"name": name, "kind": step.kind, "params": step.params(), "arrays": names}
            )
        whole: dict[str, Any] = {"format": FORMAT, "steps": layout}
        gate = plain.sentence_model
        if gate is not None:  # (without one, the layout and the file are what they were)
            members = {
                key: _write_array(archive, f"gate.{key}.npy", array)
                for key, array in gate.arrays().items()
            }
            whole["sentence_gate"] = {"params": gate.params(), "arrays": members}
        info = zipfile.ZipInfo("layout.json", date_time=ZIP_DATE)
        info.compress_type = zipfile.ZIP_DEFLATED
        text = json.dumps(whole, sort_keys=True, indent=1)
        archive.writestr(info, text.encode())
    return buffer.getvalue()


def from_bytes(data: bytes) -> PlainPipeline:
    """Read a plain file (no unpickling: object arrays are refused)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            layout = json.loads(archive.read("layout.json"))
            if layout.get("format") != FORMAT:
                raise ModelError(f"unknown plain model format {layout.get('format')!r}")
            steps: list[tuple[str, Step]] = []
            for entry in layout["steps"]:
                arrays = _read_arrays(archive, entry["arrays"])
                kind = KINDS.get(entry["kind"])
                if kind is None:
                    raise ModelError(f"unknown plain step kind {entry['kind']!r}")
                steps.append((entry["name"], kind.load(entry["params"], arrays)))
            gate = None
            if "sentence_gate" in layout:
                from rejectwatch.model.sentence_gate import SentenceModel  # noqa: PLC0415 - cycle

                entry = layout["sentence_gate"]
                gate = SentenceModel.load(entry["params"], _read_arrays(archive, entry["arrays"]))
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError) as e:
        raise ModelError(f"not a plain rejectwatch model: {e!r}") from e
    return PlainPipeline(steps, gate)
