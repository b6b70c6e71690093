/**
 * An image reference's parts, past a registry's port and a digest: "localhost:5000/acme/web:1.7.2@sha256:9f86…" has
 * repository "localhost:5000/acme/web" and tag "1.7.2" (an empty tag when none is written).
 */
export function imageRepository(image: string): string {
  return image.split('@')[0].replace(/:[^:/]*$/, '');
}

export function imageTag(image?: string): string {
  const last = (image ?? '').split('@')[0].split('/').pop() ?? '';
  return last.includes(':') ? last.slice(last.lastIndexOf(':') + 1) : '';
}
