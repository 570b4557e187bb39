import { base64ToBytes, bytesToBase64 } from './base64';

// Pack signatures: ECDSA P-256 with SHA-256 via WebCrypto. Signatures are IEEE P1363 (raw r||s, 64
// bytes: what WebCrypto produces and checks), keys are SPKI (public) and PKCS8 (private), all base64.

const algorithm = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const signing = { name: 'ECDSA', hash: 'SHA-256' } as const;

const subtle = () => globalThis.crypto.subtle;

export async function generateKeyPair(): Promise<{ publicKey: string; privateKey: string }> {
  const pair = await subtle().generateKey(algorithm, true, ['sign', 'verify']);
  const spki = await subtle().exportKey('spki', pair.publicKey);
  const pkcs8 = await subtle().exportKey('pkcs8', pair.privateKey);
  return { publicKey: bytesToBase64(new Uint8Array(spki)), privateKey: bytesToBase64(new Uint8Array(pkcs8)) };
}

/** Throws a human error when the private key is not a base64 PKCS8 P-256 key (CLI input, not page data). */
export async function signBytes(privateKeyB64: string, bytes: Uint8Array): Promise<string> {
  const der = base64ToBytes(privateKeyB64);
  if (!der) throw new Error('the private key is not base64 text');
  let key: CryptoKey;
  try {
    key = await subtle().importKey('pkcs8', der, algorithm, false, ['sign']);
  } catch {
    throw new Error('the private key is not an ECDSA P-256 key in PKCS8 form (make one with "kbpack keygen")');
  }
  const signature = await subtle().sign(signing, key, bytes as Uint8Array<ArrayBuffer>);
  return bytesToBase64(new Uint8Array(signature));
}

/** True only for a valid signature; false (never throws) on a malformed key or signature. */
export async function verifyBytes(publicKeyB64: string, bytes: Uint8Array, signatureB64: string): Promise<boolean> {
  const der = base64ToBytes(publicKeyB64);
  const signature = base64ToBytes(signatureB64);
  // P1363 for P-256 is exactly 64 bytes; a DER signature (70-72 bytes) would be a publishing mistake.
  if (!der || !signature || signature.length !== 64) return false;
  try {
    const key = await subtle().importKey('spki', der, algorithm, false, ['verify']);
    return await subtle().verify(signing, key, signature, bytes as Uint8Array<ArrayBuffer>);
  } catch {
    return false;
  }
}

/** Whether a private key and a public key belong together (sign a probe, verify it). */
export async function keysMatch(publicKeyB64: string, privateKeyB64: string): Promise<boolean> {
  const probe = new TextEncoder().encode('kbpack key check');
  try {
    return await verifyBytes(publicKeyB64, probe, await signBytes(privateKeyB64, probe));
  } catch {
    return false;
  }
}
