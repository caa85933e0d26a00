"""Known-answer and misuse tests for refuge.crypto, the only module that touches libsodium."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from refuge import crypto
from tests.conftest import CRYPTO_FAILURE

KEY = bytes(range(0x80, 0xA0))


def test_xchacha20poly1305_known_answer() -> None:
    """The test vector of draft-irtf-cfrg-xchacha-03, appendix A.3.1."""
    nonce = bytes(range(0x40, 0x58))
    plaintext = (
        b"Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the "
        b"future, sunscreen would be it."
    )
    aad = bytes.fromhex("50515253c0c1c2c3c4c5c6c7")
    envelope = crypto._encrypt_with_nonce(KEY, plaintext, nonce, aad)
    assert envelope[:1] == b"\x01" and envelope[1:25] == nonce
    assert envelope[25:].hex() == (
        "bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb731c7f1b0b4aa644"
        "0bf3a82f4eda7e39ae64c6708c54c216cb96b72e1213b4522f8c9ba40db5d945b11b69b982c1bb9e"
        "3f3fac2bc369488f76b2383565d3fff921f9664c97637da9768812f615c68b13b52e"
        "c0875924c1c7987947deafd8780acf49"
    )
    assert crypto.decrypt(KEY, envelope, associated_data=aad) == plaintext


def test_keyed_hashes_and_subkeys_separate_keys_and_purposes() -> None:
    assert crypto.keyed_hash(KEY, b"abc") != crypto.keyed_hash(bytes(32), b"abc")
    assert crypto.derive_subkey(KEY, "totp") != crypto.derive_subkey(KEY, "login-throttle")
    with pytest.raises(ValueError, match="context"):
        crypto.derive_subkey(KEY, "a-context-label-that-is-too-long")


def test_blake2b_known_answer() -> None:
    """RFC 7693 appendix A: BLAKE2b-512("abc"), through the same primitive."""
    import hashlib

    expected = (
        "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533"
        "cc9518d38aa8dbf1925ab92386edd4009923"
    )
    assert hashlib.blake2b(b"abc").hexdigest() == expected
    assert (
        crypto.keyed_hash(KEY, b"abc") == hashlib.blake2b(b"abc", key=KEY, digest_size=32).digest()
    )


def test_tampering_wrong_key_and_moved_ciphertext_are_refused() -> None:
    envelope = crypto.encrypt(KEY, b"secret", associated_data=b"row:1")
    tampered = envelope[:-1] + bytes([envelope[-1] ^ 1])
    for bad, key, aad in [
        (tampered, KEY, b"row:1"),
        (envelope, bytes(32), b"row:1"),
        (envelope, KEY, b"row:2"),
        (envelope[:20], KEY, b"row:1"),
        (b"\x09" + envelope[1:], KEY, b"row:1"),
    ]:
        with pytest.raises(crypto.CryptoError, match=CRYPTO_FAILURE):
            crypto.decrypt(key, bad, associated_data=aad)


def test_sealed_envelopes_open_only_with_the_private_key() -> None:
    alice, mallory = crypto.generate_keypair(), crypto.generate_keypair()
    sealed = crypto.seal(alice.public_key, b"case key")
    assert crypto.unseal(alice, sealed) == b"case key"
    with pytest.raises(crypto.CryptoError, match=CRYPTO_FAILURE):
        crypto.unseal(mallory, sealed)
    with pytest.raises(crypto.CryptoError, match=CRYPTO_FAILURE):
        crypto.unseal(alice, b"\x01" + sealed[1:])


def test_argon2id_key_derivation() -> None:
    cost = crypto.KdfCost(opslimit=1, memlimit=8192)
    salt = bytes(crypto.SALT_BYTES)
    key = crypto.derive_key_from_secret("passphrase", salt, cost)
    assert len(key) == 32
    assert key == crypto.derive_key_from_secret("passphrase", salt, cost)
    assert key != crypto.derive_key_from_secret("passphrasf", salt, cost)
    assert key != crypto.derive_key_from_secret("passphrase", b"\x01" * crypto.SALT_BYTES, cost)


def test_key_encoding_round_trips_and_rejects_wrong_lengths() -> None:
    assert crypto.decode_key(crypto.encode_key(KEY)) == KEY
    with pytest.raises(ValueError, match="32 bytes"):
        crypto.decode_key(crypto.encode_key(b"short"))


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_arbitrary_bytes_never_open_and_fail_cleanly(data: bytes) -> None:
    with pytest.raises(crypto.CryptoError, match=CRYPTO_FAILURE):
        crypto.decrypt(KEY, data, associated_data=b"row:1")


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=64), st.integers(min_value=0), st.integers(min_value=1, max_value=255))
def test_any_single_byte_change_is_detected(plaintext: bytes, position: int, flip: int) -> None:
    envelope = bytearray(crypto.encrypt(KEY, plaintext, associated_data=b"row:1"))
    envelope[position % len(envelope)] ^= flip
    with pytest.raises(crypto.CryptoError, match=CRYPTO_FAILURE):
        crypto.decrypt(KEY, bytes(envelope), associated_data=b"row:1")


def test_ed25519_signatures_known_answer_and_tampering() -> None:
    """RFC 8032 section 7.1, test 1: the empty message."""
    seed = bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
    assert crypto.signing_public_key(seed).hex() == (
        "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"
    )
    signature = crypto.sign(seed, b"")
    assert signature.hex() == (
        "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e"
        "39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
    )
    assert crypto.signature_valid(crypto.signing_public_key(seed), b"", signature)
    assert not crypto.signature_valid(crypto.signing_public_key(seed), b"x", signature)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=64), st.integers(min_value=0))
def test_truncated_envelopes_are_refused(plaintext: bytes, cut: int) -> None:
    envelope = crypto.encrypt(KEY, plaintext, associated_data=b"row:1")
    with pytest.raises(crypto.CryptoError, match=CRYPTO_FAILURE):
        crypto.decrypt(KEY, envelope[: cut % len(envelope)], associated_data=b"row:1")


SEALING = crypto.generate_keypair()


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=64), st.integers(min_value=0), st.integers(min_value=0, max_value=255))
def test_sealed_envelopes_changed_or_truncated_are_refused(
    plaintext: bytes, position: int, flip: int
) -> None:
    sealed = bytearray(crypto.seal(SEALING.public_key, plaintext))
    if flip:
        sealed[position % len(sealed)] ^= flip
    else:
        del sealed[position % len(sealed) :]
    with pytest.raises(crypto.CryptoError, match=CRYPTO_FAILURE):
        crypto.unseal(SEALING, bytes(sealed))


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200))
def test_arbitrary_bytes_never_unseal(data: bytes) -> None:
    with pytest.raises(crypto.CryptoError, match=CRYPTO_FAILURE):
        crypto.unseal(SEALING, data)


def test_there_is_no_envelope_without_associated_data() -> None:
    with pytest.raises(TypeError, match="associated_data"):
        crypto.encrypt(KEY, b"secret")  # type: ignore[call-arg]


def test_each_contract_binds_exactly_its_fields() -> None:
    from refuge.crypto.contexts import CONTRACTS, associated_data

    bound = associated_data(
        "intake.message", message="m", report="r", author="staff", staff=3, sent_at="t"
    )
    assert b"author=staff" in bound and b"staff=3" in bound
    # The first wave's bytes are kept for rows written then.
    assert associated_data("intake.message", version=1, message="m") == b"intake.message:m"
    with pytest.raises(ValueError, match="binds"):
        associated_data("intake.message", message="m")
    with pytest.raises(KeyError, match="no encryption contract"):
        associated_data("intake.unknown", object="x")
    assert all(contract.template for contract in CONTRACTS.values() if contract.binds)
