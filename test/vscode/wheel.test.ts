import { describe, expect, it } from 'vitest';
import { wheelAction, type WheelInput } from '../../packages/vscode/src/webview/wheel.js';

const wheel = (input: Partial<WheelInput>): WheelInput => ({ deltaX: 0, deltaY: 0, deltaMode: 0, ctrlKey: false, metaKey: false, shiftKey: false, ...input });

describe('the wheel in the preview', () => {
    it('moves the drawing on a touchpad\'s two-finger scroll and a plain wheel, in both directions', () => {
        expect(wheelAction(wheel({ deltaX: 30, deltaY: -12 }))).toEqual({ kind: 'pan', dx: -30, dy: 12 });
        expect(wheelAction(wheel({ deltaY: 3, deltaMode: 1 })), 'a wheel counting lines (Firefox) moves by lines').toEqual({ kind: 'pan', dx: -0, dy: -48 });
    });

    it('moves sideways on Shift with a wheel the browser left vertical', () => {
        expect(wheelAction(wheel({ deltaY: 100, shiftKey: true }))).toEqual({ kind: 'pan', dx: -100, dy: 0 });
        expect(wheelAction(wheel({ deltaX: 100, shiftKey: true })), 'already turned by the browser').toEqual({ kind: 'pan', dx: -100, dy: -0 });
    });

    it('zooms on Ctrl or ⌘ with the wheel and on a pinch (a wheel with Ctrl): up enlarges, down shrinks', () => {
        const up = wheelAction(wheel({ deltaY: -100, ctrlKey: true }));
        const down = wheelAction(wheel({ deltaY: 100, metaKey: true }));
        expect(up.kind === 'zoom' && up.factor).toBeGreaterThan(1);
        expect(down.kind === 'zoom' && down.factor).toBeLessThan(1);
    });
});
