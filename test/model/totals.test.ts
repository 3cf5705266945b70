import { describe, expect, it } from 'vitest';
import { formatSelisih, unitTotals, type Position, type UnitNode } from '@sikerja/model';

const position = (id: string, b?: number, k?: number): Position => ({
    id, name: id, title: id, role: 'jabatan', unit: 'U', hasilPenyetaraan: false, sepertiKetuaTim: false, bezetting: b, kebutuhan: k
});
const unit = (id: string, positions: Position[], units: UnitNode[] = [], leader?: Position): UnitNode => ({ id, name: id, title: id, kind: 'bidang', units, positions, groups: [], leader });

describe('peta jabatan totals', () => {
    it('sum B and K over a unit and its sub-units, ± = B − K, and count positions missing B or K', () => {
        const seksi = unit('S', [position('a', 2, 3), position('b', undefined, 1)]);
        const bidang = unit('B', [position('c', 1, 1)], [seksi], position('kabid', 1, 1));
        expect(unitTotals(bidang)).toEqual({ positions: 4, bezetting: 4, kebutuhan: 6, selisih: -2, incomplete: 1 });
        expect(unitTotals(seksi)).toEqual({ positions: 2, bezetting: 2, kebutuhan: 4, selisih: -2, incomplete: 1 });
    });

    it('writes ± the way a peta jabatan does', () => {
        expect([formatSelisih(2), formatSelisih(0), formatSelisih(-3)]).toEqual(['+2', '0', '-3']);
    });
});
