import { describe, expect, it } from 'vitest';
import { shippedFonts } from '@sikerja/diagram';
import { MAX_LINES, wrapText } from '../../packages/diagram/src/text/wrap.js';

const { metrics } = shippedFonts();

describe('wrapText', () => {
    it('wraps a title between words, each line within the width the font measures', () => {
        const lines = wrapText('Kepala Bidang Pencegahan dan Pengendalian Penyakit', 90, 7.5, metrics, 'bold');
        expect(lines).toEqual(['Kepala Bidang', 'Pencegahan dan', 'Pengendalian Penyakit']);
        for (const l of lines) expect(metrics.width(l, 7.5, 'bold')).toBeLessThanOrEqual(90);
    });

    it('breaks a word longer than the box and cuts an endless name with an ellipsis', () => {
        const lines = wrapText('N' + 'a'.repeat(13000), 142, 7.5, metrics);
        expect(lines).toHaveLength(MAX_LINES);
        expect(lines[MAX_LINES - 1].endsWith('…')).toBe(true);
        for (const l of lines) expect(metrics.width(l, 7.5)).toBeLessThanOrEqual(142);
    });

    it('keeps a figure with its label where a no-break space joins them, and prints a plain space', () => {
        const totals = 'Jumlah perangkat daerah: 10\u00a0jabatan · B\u00a012 · K\u00a012 · ±\u00a00';
        const lines = wrapText(totals, 145, 6.5, metrics);
        expect(lines).toEqual(['Jumlah perangkat daerah: 10 jabatan · B 12 ·', 'K 12 · ± 0']);
        // Without the glue the same width splits "K" from its figure.
        expect(wrapText(totals.replace(/\u00a0/g, ' '), 145, 6.5, metrics)).toEqual(['Jumlah perangkat daerah: 10 jabatan · B 12 · K', '12 · ± 0']);
    });

    it('measures with the font, not by counting characters', () => {
        expect(metrics.width('WWWW', 10)).toBeGreaterThan(metrics.width('iiii', 10) * 2);
    });
});

describe('a word wider than its box', () => {
    const fits = (lines: string[], width: number, size = 6.5) => lines.every(l => metrics.width(l, size) <= width);

    it('breaks a code after its dots, never inside a number', () => {
        const lines = wrapText('SOP TJT.05.02.01.01.01', 60, 6.5, metrics);
        expect(fits(lines, 60)).toBe(true);
        expect(lines.join('|')).toMatch(/^SOP\|?(TJT\.)?/);
        for (const l of lines.slice(0, -1)) expect(l, lines.join(' | ')).toMatch(/(\.|SOP)$/);
        expect(lines.join('').replace(/\s/g, '')).toBe('SOPTJT.05.02.01.01.01');
    });

    it('breaks an Indonesian word between syllables with a hyphen, keeping ng and ny whole', () => {
        const lines = wrapText('Pelaksana', 28, 6.5, metrics);
        expect(fits(lines, 28)).toBe(true);
        expect(lines.length).toBeGreaterThan(1);
        expect(['Pe-', 'Pelak-', 'Pelaksa-'].includes(lines[0]) || lines[0] === 'Pe-laksana').toBe(true);
        expect(lines.join('').replace(/-/g, '')).toBe('Pelaksana');
        const pengelola = wrapText('Penyelenggaraan', 34, 6.5, metrics);
        for (const l of pengelola.slice(0, -1)) expect(l, pengelola.join(' | ')).toMatch(/-$/);
        for (const l of pengelola) expect(l, pengelola.join(' | ')).not.toMatch(/n-g|n-y|^g|^y/);
    });

    it('stays linear on a very long word with many syllables', () => {
        const lines = wrapText('bana'.repeat(4000), 142, 7.5, metrics);
        expect(lines).toHaveLength(MAX_LINES);
        for (const l of lines) expect(metrics.width(l, 7.5)).toBeLessThanOrEqual(142);
    });
});
