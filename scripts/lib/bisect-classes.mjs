/**
 * The top-down part of the word-class learners (scripts/learn-word-clusters.mjs over sparse PPMI vectors,
 * scripts/learn-glove-classes.mjs over dense GloVe vectors): both split the vocabulary by bisecting spherical
 * 2-means and name each class by its bit path. Only the vector arithmetic differs between them, so each passes its
 * own `dot` and `centroid`; the refinement and the order of splits live here once.
 */

/**
 * Refines a two-way split of node `ws` (word ids) by spherical 2-means, starting from `side` (0/1 per word):
 * at most `iters` rounds, each moving every word to the nearer of the two unit centroids.
 * @returns the two parts, or null when one of them is empty.
 */
export function refineSplit(ws, side, { dot, centroid, iters }) {
  for (let it = 0; it < iters; it++) {
    const a = ws.filter((_, k) => !side[k]), b = ws.filter((_, k) => side[k]);
    if (!a.length || !b.length) return null;
    const c0 = centroid(a), c1 = centroid(b);
    const next = Uint8Array.from(ws, (w) => (dot(w, c1) > dot(w, c0) ? 1 : 0));
    const same = next.every((x, k) => x === side[k]);
    side = next;
    if (same) break;
  }
  const a = ws.filter((_, k) => !side[k]), b = ws.filter((_, k) => side[k]);
  return a.length && b.length ? [a, b] : null;
}

/**
 * Splits the vocabulary top-down: the largest open node first (ties: the smaller path), until there are `classes`
 * leaves, a node is `depth` deep or has fewer than `minNode` words, or `split` (ids → two parts | null) gives up.
 * @returns `{ PATH: [word, …] }` with paths in sorted order and each class's words sorted.
 */
export function bisectTopDown(vocab, split, { classes: nClasses, depth, minNode }) {
  const classes = {};
  const open = [[vocab.map((_, i) => i), '']];
  let leaves = 1;
  while (open.length) {
    open.sort((x, y) => y[0].length - x[0].length || (x[1] < y[1] ? -1 : 1));
    const [ws, path] = open.shift();
    const parts = leaves < nClasses && path.length < depth && ws.length >= minNode ? split(ws) : null;
    if (!parts) { classes[path || '0'] = ws.map((w) => vocab[w]).sort(); continue; }
    leaves++;
    open.push([parts[0], path + '0'], [parts[1], path + '1']);
  }
  return Object.fromEntries(Object.keys(classes).sort().map((p) => [p, classes[p]]));
}
