"""Writes for the record, by job (each module says its own). Import from here."""

from refuge.record.services.common import (  # noqa: F401
    FORMULA_LEADS,
    GENESIS,
    EvidenceIntegrityError,
    ImportReport,
    RecordAccessError,
    RecordError,
)
from refuge.record.services.evidence import (  # noqa: F401
    _actor_name,
    _custody_context,
    _custody_entry,
    _evidence_file,
    _evidence_store,
    _safe_name,
    custody_append,
    custody_list,
    custody_seal_existing,
    evidence_add,
    evidence_capture,
    evidence_destroy,
    evidence_fingerprint,
    evidence_from_attachment,
    evidence_integrity_check,
    evidence_label,
    evidence_read,
    refuge_version,
)
from refuge.record.services.imports import (  # noqa: F401
    IMPORT_COLUMNS,
    OPTIONAL_COLUMNS,
    _partner_list_import,
    csv_cell,
    partner_list_import,
)
from refuge.record.services.keys import (  # noqa: F401
    _envelope,
    _legacy_copies_move,
    _seal_record_key,
    legacy_copies_move,
    legacy_copies_withdraw,
    open_envelope,
    record_key_for,
)
from refuge.record.services.packages import (  # noqa: F401
    _audit_head,
    _timestamp_plan,
    evidence_package_write,
    package_verify,
)
from refuge.record.services.people import (  # noqa: F401
    _next_code,
    _origin,
    _set_date,
    _testimony_source,
    act_create,
    acts_from_case,
    case_shredded,
    event_create,
    person_create,
    place_lookup,
)
from refuge.record.services.signing import (  # noqa: F401
    _signing_key_context,
    signing_key_public,
    signing_key_seed,
)
from refuge.record.services.timestamps import (  # noqa: F401
    _imprint_only,
    audit_head_stamp,
    audit_stamps_check,
)
