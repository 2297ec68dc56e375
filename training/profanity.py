"""alt-profanity-check's model, exported as the second feature block of the English offensive model.

alt-profanity-check 1.9.1 (MIT; the ``train`` extra) is a word TF-IDF (``TfidfVectorizer``: lower-cased,
``(?u)\\b\\w\\w+\\b``, English stop words, l2) and a ``CalibratedClassifierCV`` of five ``LinearSVC``
fitted on about 200 k texts (Davidson et al. 2017 tweets and Wikipedia talk-page comments): far more
abusive language than our 12 k OLID tweets. We ship its vocabulary, idf and the mean of the five SVMs'
coefficients and intercepts, so the runtime margin (``app.text.models.TfidfBlock``) equals the mean
of the five ``decision_function`` values; the stacker of ``training/train.py`` reads that margin.
Read at ``make train`` time only; nothing of the package is imported at run time.
"""

from __future__ import annotations

import importlib.metadata
import warnings
from collections.abc import Sequence
from typing import Any

SOURCE = "alt-profanity-check"


def _models() -> tuple[Any, Any]:
    with warnings.catch_warnings():  # its pickles were written by another scikit-learn release
        warnings.simplefilter("ignore")
        from profanity_check import profanity_check

    return profanity_check.vectorizer, profanity_check.model


def export() -> tuple[list[str], list[float], list[float], float, str]:
    """(words in column order, idf, mean coefficient, mean intercept, source with version)."""
    vectorizer, model = _models()
    words = [""] * len(vectorizer.vocabulary_)
    for word, column in vectorizer.vocabulary_.items():
        words[column] = word
    estimators = [c.estimator for c in model.calibrated_classifiers_]
    coef = [sum(float(e.coef_[0][j]) for e in estimators) / len(estimators) for j in range(len(words))]
    intercept = sum(float(e.intercept_[0]) for e in estimators) / len(estimators)
    idf = [float(x) for x in vectorizer.idf_]
    version = importlib.metadata.version(SOURCE)
    return words, idf, coef, intercept, f"{SOURCE} {version}"


def reference_margins(texts: Sequence[str]) -> list[float]:
    """scikit-learn's own margins (mean decision_function of the five SVMs), to check the port against."""
    vectorizer, model = _models()
    x = vectorizer.transform(list(texts))
    estimators = [c.estimator for c in model.calibrated_classifiers_]
    values = [e.decision_function(x) for e in estimators]
    return [float(sum(v[i] for v in values) / len(values)) for i in range(len(texts))]
