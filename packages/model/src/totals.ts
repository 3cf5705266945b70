import type { Position, UnitNode } from './types.js';

/** Peta jabatan figures of a unit and everything below it. */
export interface Totals {
    /** Positions (pimpinan and jabatan) counted. */
    positions: number;
    /** Sum of B over the positions that state it. */
    bezetting: number;
    /** Sum of K over the positions that state it. */
    kebutuhan: number;
    /** B − K: a shortage is negative. */
    selisih: number;
    /** Positions without B or without K: the sums above leave them out. */
    incomplete: number;
}

export function unitTotals(unit: UnitNode): Totals {
    const totals: Totals = { positions: 0, bezetting: 0, kebutuhan: 0, selisih: 0, incomplete: 0 };
    addUnit(unit, totals);
    totals.selisih = totals.bezetting - totals.kebutuhan;
    return totals;
}

function addUnit(unit: UnitNode, totals: Totals): void {
    if (unit.leader) addPosition(unit.leader, totals);
    for (const p of unit.positions) addPosition(p, totals);
    for (const u of unit.units) addUnit(u, totals);
}

function addPosition(p: Position, totals: Totals): void {
    totals.positions++;
    if (p.bezetting !== undefined) totals.bezetting += p.bezetting;
    if (p.kebutuhan !== undefined) totals.kebutuhan += p.kebutuhan;
    if (p.bezetting === undefined || p.kebutuhan === undefined) totals.incomplete++;
}

/** `+2`, `0`, `-3`: how a peta jabatan writes ±. */
export function formatSelisih(selisih: number): string {
    return selisih > 0 ? `+${selisih}` : String(selisih);
}
