import fs from "node:fs";

interface Snapshot {
  snapshot: {
    meta: {
      node_fields: string[];
      node_types: [string[], ...unknown[]];
      edge_fields: string[];
      edge_types: [string[], ...unknown[]];
    };
  };
  nodes: number[];
  edges: number[];
  strings: string[];
}

/**
 * What a V8 heap snapshot holds in large strings (a 1 MB form field shows up as one), and what
 * holds each of them: the names of the objects and properties one step up.
 */
export function summarizeLargeStrings(file: string, minBytes = 100_000) {
  const snap = JSON.parse(fs.readFileSync(file, "utf8")) as Snapshot;
  const nf = snap.snapshot.meta.node_fields;
  const ef = snap.snapshot.meta.edge_fields;
  const nodeTypes = snap.snapshot.meta.node_types[0];
  const edgeTypes = snap.snapshot.meta.edge_types[0];
  const N = nf.length;
  const E = ef.length;
  const [typeAt, nameAt, sizeAt, edgeCountAt] = ["type", "name", "self_size", "edge_count"].map(
    (f) => nf.indexOf(f),
  ) as [number, number, number, number];
  const [eTypeAt, eNameAt, eToAt] = ["type", "name_or_index", "to_node"].map((f) =>
    ef.indexOf(f),
  ) as [number, number, number];

  const large = new Set<number>();
  let totalBytes = 0;
  for (let i = 0; i < snap.nodes.length; i += N) {
    const type = nodeTypes[snap.nodes[i + typeAt]!];
    if (type === "string" || type === "concatenated string" || type === "sliced string") {
      const size = snap.nodes[i + sizeAt]!;
      if (size >= minBytes) {
        large.add(i);
        totalBytes += size;
      }
    }
  }
  const retainers = new Map<string, number>();
  let edgeIndex = 0;
  for (let i = 0; i < snap.nodes.length; i += N) {
    const count = snap.nodes[i + edgeCountAt]!;
    for (let e = 0; e < count; e++, edgeIndex += E) {
      const to = snap.edges[edgeIndex + eToAt]!;
      if (!large.has(to)) continue;
      const edgeType = edgeTypes[snap.edges[edgeIndex + eTypeAt]!];
      if (edgeType === "weak") continue;
      const edgeName =
        edgeType === "element" || edgeType === "hidden"
          ? `[${snap.edges[edgeIndex + eNameAt]}]`
          : snap.strings[snap.edges[edgeIndex + eNameAt]!];
      const holder = `${nodeTypes[snap.nodes[i + typeAt]!]} ${snap.strings[snap.nodes[i + nameAt]!]?.slice(0, 40)}.${edgeName}`;
      retainers.set(holder, (retainers.get(holder) ?? 0) + 1);
    }
  }
  return {
    largeStrings: large.size,
    largeStringMb: Math.round((totalBytes / 1024 / 1024) * 10) / 10,
    topRetainers: [...retainers]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([holder, count]) => `${holder} ×${count}`),
  };
}
