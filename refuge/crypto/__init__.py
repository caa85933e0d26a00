"""All of Refuge's cryptography, behind one small typed interface.

Nothing else in Refuge imports ``nacl`` or ``argon2``. Every ciphertext is a versioned
envelope: a one-byte format tag, then the algorithm's output, so a later format can be added
beside this one and old data still opens.

- Symmetric envelopes (format 0x01): XChaCha20-Poly1305-IETF, random 192-bit nonce,
  ``0x01 || nonce(24) || ciphertext+tag``. Associated data binds a ciphertext to its place
  (say, the row it belongs to) so it cannot be moved to another.
- Sealed envelopes (format 0x02): libsodium sealed boxes (X25519 + XSalsa20-Poly1305) for
  sealing a key to someone's public key: ``0x02 || sealed box``.
- Keyed hashes: BLAKE2b-256 with a key, for lookups that must not be reversible without the
  server key (receipt lookups, throttle counters).
- Subkeys: BLAKE2b keyed with the master key and personalised by a context label.
- Password/receipt keys: Argon2id (libsodium ``crypto_pwhash``), cost from settings.
"""

from __future__ import annotations

import base64
import hmac
import secrets
from dataclasses import dataclass

import nacl.bindings
import nacl.encoding
import nacl.exceptions
import nacl.hash
import nacl.public
import nacl.pwhash
import nacl.signing

KEY_BYTES = 32
SALT_BYTES = nacl.pwhash.argon2id.SALTBYTES
_SYMMETRIC_V1 = b"\x01"
_SEALED_V1 = b"\x02"
_NONCE_BYTES = nacl.bindings.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES


class CryptoError(Exception):
    """A ciphertext could not be opened: wrong key, altered, truncated or of unknown format."""


@dataclass(frozen=True)
class KdfCost:
    """Argon2id cost: passes over memory and the memory in bytes."""

    opslimit: int
    memlimit: int


@dataclass(frozen=True)
class KeyPair:
    public_key: bytes
    private_key: bytes


def random_key() -> bytes:
    """Return a fresh 256-bit key from the operating system's CSPRNG."""
    return secrets.token_bytes(KEY_BYTES)


def random_salt() -> bytes:
    return secrets.token_bytes(SALT_BYTES)


def encrypt(key: bytes, plaintext: bytes, *, associated_data: bytes) -> bytes:
    """Return a format-0x01 envelope of ``plaintext`` under ``key``, bound to
    ``associated_data`` (see refuge.crypto.contexts: there is no envelope without it)."""
    nonce = secrets.token_bytes(_NONCE_BYTES)
    return _encrypt_with_nonce(key, plaintext, nonce, associated_data)


def _encrypt_with_nonce(
    key: bytes, plaintext: bytes, nonce: bytes, associated_data: bytes
) -> bytes:
    _check_key(key)
    ciphertext = nacl.bindings.crypto_aead_xchacha20poly1305_ietf_encrypt(
        plaintext, associated_data, nonce, key
    )
    return _SYMMETRIC_V1 + nonce + ciphertext


def decrypt(key: bytes, envelope: bytes, *, associated_data: bytes) -> bytes:
    """Return the plaintext of a format-0x01 envelope, or raise CryptoError."""
    _check_key(key)
    if len(envelope) < 1 + _NONCE_BYTES + 16 or envelope[:1] != _SYMMETRIC_V1:
        raise CryptoError("not a Refuge encrypted envelope, or truncated")
    nonce = envelope[1 : 1 + _NONCE_BYTES]
    try:
        return bytes(
            nacl.bindings.crypto_aead_xchacha20poly1305_ietf_decrypt(
                envelope[1 + _NONCE_BYTES :], associated_data, nonce, key
            )
        )
    except nacl.exceptions.CryptoError as exc:
        raise CryptoError("ciphertext was altered or the key is wrong") from exc


def generate_keypair() -> KeyPair:
    private = nacl.public.PrivateKey.generate()
    return KeyPair(public_key=bytes(private.public_key), private_key=bytes(private))


def keypair_from_private(private_key: bytes) -> KeyPair:
    private = nacl.public.PrivateKey(private_key)
    return KeyPair(public_key=bytes(private.public_key), private_key=bytes(private))


def seal(public_key: bytes, plaintext: bytes) -> bytes:
    """Return a format-0x02 envelope that only the holder of the private key can open."""
    box = nacl.public.SealedBox(nacl.public.PublicKey(public_key))
    return _SEALED_V1 + bytes(box.encrypt(plaintext))


def unseal(keypair: KeyPair, envelope: bytes) -> bytes:
    if envelope[:1] != _SEALED_V1:
        raise CryptoError("not a Refuge sealed envelope")
    box = nacl.public.SealedBox(nacl.public.PrivateKey(keypair.private_key))
    try:
        return bytes(box.decrypt(envelope[1:]))
    except nacl.exceptions.CryptoError as exc:
        raise CryptoError("sealed envelope was altered or sealed to another key") from exc


def keyed_hash(key: bytes, data: bytes) -> bytes:
    """Return BLAKE2b-256(data) keyed with ``key``: a lookup tag that needs the key to compute."""
    _check_key(key)
    return bytes(nacl.hash.blake2b(data, digest_size=32, key=key, encoder=nacl.encoding.RawEncoder))


def digest(data: bytes) -> bytes:
    """Return the unkeyed BLAKE2b-256 of ``data`` (fingerprints, content binding)."""
    return bytes(nacl.hash.blake2b(data, digest_size=32, encoder=nacl.encoding.RawEncoder))


def derive_subkey(master: bytes, context: str) -> bytes:
    """Return a 256-bit key for one purpose, so one master key never serves two uses."""
    _check_key(master)
    label = context.encode("ascii")
    if not 1 <= len(label) <= 16:
        raise ValueError("context must be 1 to 16 ASCII characters")
    return bytes(
        nacl.hash.blake2b(
            b"", digest_size=32, key=master, person=label, encoder=nacl.encoding.RawEncoder
        )
    )


def derive_key_from_secret(secret: str, salt: bytes, cost: KdfCost) -> bytes:
    """Return a 256-bit key from a password or receipt with Argon2id."""
    if len(salt) != SALT_BYTES:
        raise ValueError(f"salt must be {SALT_BYTES} bytes")
    return bytes(
        nacl.pwhash.argon2id.kdf(
            KEY_BYTES,
            secret.encode("utf-8"),
            salt,
            opslimit=cost.opslimit,
            memlimit=cost.memlimit,
        )
    )


def signing_public_key(seed: bytes) -> bytes:
    """Return the Ed25519 public key of the signing key made from a 32-byte ``seed``."""
    _check_key(seed)
    return bytes(nacl.signing.SigningKey(seed).verify_key)


def sign(seed: bytes, message: bytes) -> bytes:
    """Return the Ed25519 signature of ``message`` (64 bytes)."""
    _check_key(seed)
    return bytes(nacl.signing.SigningKey(seed).sign(message).signature)


def signature_valid(public_key: bytes, message: bytes, signature: bytes) -> bool:
    try:
        nacl.signing.VerifyKey(public_key).verify(message, signature)
    except (nacl.exceptions.BadSignatureError, ValueError, TypeError):
        return False
    return True


def constant_time_equal(a: bytes, b: bytes) -> bool:
    return hmac.compare_digest(a, b)


def decode_key(text: str) -> bytes:
    """Return the 32 bytes of a URL-safe base64 key (padding optional), or raise ValueError."""
    raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    if len(raw) != KEY_BYTES:
        raise ValueError(f"a key must be {KEY_BYTES} bytes, this one is {len(raw)}")
    return raw


def encode_key(key: bytes) -> str:
    return base64.urlsafe_b64encode(key).rstrip(b"=").decode("ascii")


def _check_key(key: bytes) -> None:
    if len(key) != KEY_BYTES:
        raise ValueError(f"a key must be {KEY_BYTES} bytes")
