// Temporary while the kube layer lands; removed once every tool has its preview and execute.
export function notImplemented(name: string): () => never {
  return () => {
    throw new Error(`${name} is not implemented yet`);
  };
}
