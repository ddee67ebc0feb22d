"""Enrolling devices (a till, a manager's laptop, an online channel) and revoking them."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field
from sqlalchemy import select

from core.db.models import Store
from core.errors import InvalidInput
from core.ids import new_id
from server import auth
from server.api import ERROR_RESPONSES, Caller, NotFound, require, transaction
from server.api import now as server_now
from server.auth import Forbidden, Principal
from server.models import AuditEntry, DeviceRow

router = APIRouter(prefix="/v1/devices", tags=["devices"])


class EnrolDevice(BaseModel):
    name: str = Field(min_length=1, max_length=100, examples=["S001 till 1"])
    kind: Literal["store", "region", "channel", "backoffice"] = "store"
    store_code: str | None = Field(default=None, max_length=16, examples=["S001"])
    region: str | None = Field(default=None, max_length=16, examples=["R01"])


class DeviceInfo(BaseModel):
    device_id: str
    name: str
    kind: str
    store_code: str | None
    regions: list[str]
    enrolled_by: str
    revoked: bool
    last_seq: int


class EnrolledDevice(DeviceInfo):
    token: str = Field(description="the device credential; shown once, keep it in the keyring")


def _info(device: DeviceRow) -> dict[str, Any]:
    return {
        "device_id": device.id,
        "name": device.name,
        "kind": device.kind,
        "store_code": device.store_code,
        "regions": list(device.regions),
        "enrolled_by": device.enrolled_by,
        "revoked": device.revoked_at is not None,
        "last_seq": device.last_seq,
    }


def _may_manage(caller: Principal, store_code: str | None, region: str | None) -> bool:
    """Store managers look after their store, regional managers their region."""
    if caller.everywhere:
        return True
    if caller.role == "store_manager":
        return store_code is not None and store_code == caller.store_code
    if caller.role == "regional_manager":
        return region is not None and region in caller.regions
    return False


@router.post(
    "",
    response_model=EnrolledDevice,
    status_code=201,
    responses={403: ERROR_RESPONSES[403], 422: ERROR_RESPONSES[422]},
)
def enrol(request: Request, body: EnrolDevice, caller: Caller) -> dict[str, Any]:
    """Enrol a device: a store's till (``store``), a regional manager's laptop (``region``),
    an integrator's channel or a head-office desktop (``channel``, ``backoffice``: all members)."""
    require(caller, "devices.enrol")
    now = server_now(request)
    with transaction(request) as session:
        store_code: str | None = None
        region: str | None = None
        if body.kind == "store":
            store = session.get(Store, body.store_code) if body.store_code else None
            if store is None:
                raise InvalidInput(field="store_code", problem="no such store")
            store_code, region, regions = store.code, store.region, [store.region]
        elif body.kind == "region":
            known = session.execute(select(Store.region).where(Store.region == body.region))
            if not body.region or known.first() is None:
                raise InvalidInput(field="region", problem="no such region")
            region, regions = body.region, [body.region]
        else:
            regions = ["*"]
        if not _may_manage(caller, store_code, region):
            raise Forbidden(who=caller.role, action=f"enrol a {body.kind} device here")
        token = auth.new_device_token()
        device = DeviceRow(
            id=new_id(),
            name=body.name,
            kind=body.kind,
            store_code=store_code,
            regions=regions,
            token_hash=auth.device_token_hash(token),
            enrolled_by=caller.name,
            enrolled_at=now,
            last_seq=0,
        )
        session.add(device)
        session.add(
            AuditEntry(at=now, actor=caller.name, action="device.enrol", detail=_info(device))
        )
        return {**_info(device), "token": token}


@router.get("", response_model=list[DeviceInfo], responses={403: ERROR_RESPONSES[403]})
def list_devices(request: Request, caller: Caller) -> list[dict[str, Any]]:
    """The devices the caller looks after."""
    require(caller, "devices.read")
    with transaction(request) as session:
        devices = session.execute(select(DeviceRow).order_by(DeviceRow.enrolled_at)).scalars()
        return [
            _info(d)
            for d in devices
            if _may_manage(caller, d.store_code, d.regions[0] if d.regions else None)
        ]


@router.delete(
    "/{device_id}",
    response_model=DeviceInfo,
    responses={403: ERROR_RESPONSES[403], 404: ERROR_RESPONSES[404]},
)
def revoke(request: Request, device_id: str, caller: Caller) -> dict[str, Any]:
    """Revoke a device's credential (a lost or replaced till); its history stays."""
    require(caller, "devices.revoke")
    now = server_now(request)
    with transaction(request) as session:
        device = session.get(DeviceRow, device_id[:36])
        if device is None:
            raise NotFound(what="device", key=device_id)
        if not _may_manage(
            caller, device.store_code, device.regions[0] if device.regions else None
        ):
            raise Forbidden(who=caller.role, action="revoke this device")
        if device.revoked_at is None:
            device.revoked_at = now
            session.add(
                AuditEntry(
                    at=now, actor=caller.name, action="device.revoke", detail={"id": device.id}
                )
            )
        return _info(device)
