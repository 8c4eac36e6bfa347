"""scikit-learn's NMF on a Matrix Market file, for scripts/bench/nmf.ts.

  /usr/bin/python3 scripts/bench/sklearn_nmf.py FILE.mtx K [REPEATS]
prints {"seconds", "iterations", "relativeError"}: seconds is the best of REPEATS (default 3) runs of
fit_transform (start and solver), as Folio's figure is; relativeError is ||X - WH||_F / ||X||_F.
"""
import json
import sys
import time

import scipy.io
import scipy.sparse.linalg
from sklearn.decomposition import NMF

path, k = sys.argv[1], int(sys.argv[2])
repeats = int(sys.argv[3]) if len(sys.argv) > 3 else 3
X = scipy.io.mmread(path).tocsr()
seconds = float("inf")
for _ in range(repeats):
    model = NMF(n_components=k, init="nndsvda", solver="cd", tol=1e-4, max_iter=400, random_state=0)
    started = time.perf_counter()
    model.fit_transform(X)
    seconds = min(seconds, time.perf_counter() - started)
print(json.dumps({"seconds": seconds, "iterations": int(model.n_iter_), "relativeError": model.reconstruction_err_ / scipy.sparse.linalg.norm(X)}))
