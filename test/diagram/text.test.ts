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

    it('measures with the font, not by counting characters', () => {
        expect(metrics.width('WWWW', 10)).toBeGreaterThan(metrics.width('iiii', 10) * 2);
    });
});
