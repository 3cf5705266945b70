import { describe, expect, it, vi } from 'vitest';
import type { AstNode, ValidationAcceptor } from 'langium';
import { checksInTurn } from '../../packages/language/src/validation/index.js';

describe('a check that fails inside SiKerja', () => {
    it('is reported on the node with its name and code, and the checks after it still run', () => {
        const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        const found: Array<[string, string, unknown]> = [];
        const accept = ((severity: string, message: string, info: { data?: { code?: string } }) => found.push([severity, message, info.data?.code])) as unknown as ValidationAcceptor;
        function brokenRule(): void { throw new TypeError('x is undefined'); }
        function nextRule(_node: AstNode, acc: ValidationAcceptor): void { acc('warning', 'aturan berikutnya tetap berjalan', { node: _node }); }
        checksInTurn([brokenRule, nextRule])({ $type: 'Tim' } as AstNode, accept, undefined as never);
        expect(found).toEqual([
            ['error', expect.stringContaining('Pemeriksaan `brokenRule` gagal karena kesalahan di SiKerja (x is undefined)'), 'check-failed'],
            ['warning', 'aturan berikutnya tetap berjalan', undefined]
        ]);
        expect(logged).toHaveBeenCalled();
        logged.mockRestore();
    });
});
