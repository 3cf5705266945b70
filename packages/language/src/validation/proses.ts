import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Process } from '@sikerja/model';
import * as ast from '../generated/ast.js';
import type { SiKerjaServices } from '../sikerja-module.js';
import { Codes } from './codes.js';
import { report } from './report.js';
import { refId } from '../model/fragment-builder.js';

/** `PB.01.02` extends `PB.01`; the next character after the parent's code must be a separator. */
export function extendsCode(child: string, parent: string): boolean {
    return child.length > parent.length && child.startsWith(parent) && /[.\-/]/.test(child[parent.length]);
}

const normalize = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** Structure of proses bisnis maps (PermenPANRB 19/2018): codes, levels, lanes, and the flow graph. */
export function prosesChecks(services: SiKerjaServices): ValidationChecks<ast.SiKerjaAstType> {
    const models = services.model.SemanticModel;

    function codeIsUniqueAndChains(node: ast.Proses, accept: ValidationAcceptor): void {
        const facts = models.factsFor(node);
        const process = facts?.index.processes.get(node.name);
        if (!facts || !process) return;
        const code = process.code;
        if (code !== undefined) {
            const others = (facts.index.codeUses.get(code) ?? []).filter(id => id !== process.id);
            if (others.length > 0) {
                report(accept, 'error', Codes.ProcessCodeDuplicate, `Kode "${code}" sudah dipakai oleh ${others.map(o => `\`${o}\``).join(', ')}; setiap kode proses unik.`,
                    { node, property: 'code', index: 0 });
            }
        }
        const parent = facts.index.processes.get(process.parent ?? '');
        if (parent && code !== undefined && parent.code !== undefined && !extendsCode(code, parent.code)) {
            report(accept, 'error', Codes.ProcessCodeHierarchy,
                `Kode "${code}" tidak menurunkan kode induknya "${parent.code}"; kode sub-proses diawali kode induknya, mis. "${parent.code}.01".`,
                { node, property: 'code', index: 0 });
        }
        if (process.level !== undefined) {
            if (process.level === 0 && node.parent.length > 0) {
                report(accept, 'error', Codes.ProcessLevel, 'Peta proses level 0 adalah peta instansi dan tidak punya induk.', { node, property: 'level', index: 0 });
            } else if (process.level > 0 && node.parent.length === 0) {
                report(accept, 'error', Codes.ProcessLevel, `Sub-proses level ${process.level} perlu \`induk <proses>\` yang dirincinya.`, { node, property: 'level', index: 0 });
            } else if (parent?.level !== undefined && process.level !== parent.level + 1) {
                report(accept, 'error', Codes.ProcessLevel, `Induk \`${parent.id}\` berada di level ${parent.level}; proses ini seharusnya level ${parent.level + 1}.`, { node, property: 'level', index: 0 });
            }
        }
        if (inParentCycle(process, facts.index.processes)) {
            report(accept, 'error', Codes.ProcessCycle, `Rantai \`induk\` dari \`${node.name}\` berputar kembali kepadanya.`, { node, property: 'parent', index: 0 });
        }
        node.maps.forEach((map, i) => {
            const m = process.maps.find(x => x.name === map.name);
            if (m?.code && code && !extendsCode(m.code, code)) {
                report(accept, 'error', Codes.ProcessCodeHierarchy, `Kode peta lintas fungsi "${m.code}" tidak menurunkan kode prosesnya "${code}".`, { node: node.maps[i], property: 'code' });
            }
            for (const sop of map.sops) {
                const base = m?.code ?? code;
                if (sop.code && base && !extendsCode(sop.code, base)) {
                    report(accept, 'error', Codes.ProcessCodeHierarchy, `Kode SOP "${sop.code}" tidak menurunkan kode "${base}".`, { node: sop, property: 'code' });
                }
            }
        });
    }

    function mapGraphIsSound(map: ast.PetaLintasFungsi, accept: ValidationAcceptor): void {
        const named = [...map.lanes, ...map.nodes, ...map.sops].filter(n => n.name);
        const seen = new Map<string, ast.Jalur | ast.Simpul | ast.Sop>();
        for (const n of named) {
            if (seen.has(n.name)) report(accept, 'error', Codes.DuplicateName, `Nama \`${n.name}\` dipakai lebih dari sekali di peta ini.`, { node: n, property: 'name' });
            else seen.set(n.name, n);
        }
        const nodes = map.nodes.filter(n => n.name);
        if (!nodes.some(n => n.kind === 'mulai')) {
            report(accept, 'error', Codes.MapStartMissing, 'Peta lintas fungsi perlu paling sedikit satu `mulai`.', { node: map, property: 'name' });
        }
        if (!nodes.some(n => n.kind === 'selesai')) {
            report(accept, 'error', Codes.MapEndMissing, 'Peta lintas fungsi perlu paling sedikit satu `selesai`.', { node: map, property: 'name' });
        }
        const out = new Map<ast.Simpul, ast.Simpul[]>(nodes.map(n => [n, []]));
        const into = new Map<ast.Simpul, ast.Simpul[]>(nodes.map(n => [n, []]));
        const labels = new Map<ast.Simpul, Array<string | undefined>>();
        for (const flow of map.flows) {
            const steps = flow.steps.map(s => s.ref);
            if (flow.label !== undefined && steps.length > 2) {
                report(accept, 'error', Codes.FlowLabelOnChain, 'Label hanya untuk satu panah (`alur A -> B "ya"`); pecah rangkaian ini.', { node: flow, property: 'label' });
            }
            for (let i = 0; i + 1 < steps.length; i++) {
                const [a, b] = [steps[i], steps[i + 1]];
                if (!a || !b) continue;
                if (a.kind === 'selesai') {
                    report(accept, 'error', Codes.FlowFromEnd, `\`${a.name}\` adalah \`selesai\`; tidak ada alur yang keluar darinya.`, { node: flow, property: 'steps', index: i });
                }
                out.get(a)?.push(b);
                into.get(b)?.push(a);
                if (!labels.has(a)) labels.set(a, []);
                labels.get(a)!.push(steps.length === 2 ? flow.label : undefined);
            }
        }
        const forward = reach(nodes.filter(n => n.kind === 'mulai'), out);
        // An off-page penghubung continues elsewhere, so it can end a path as well as `selesai`.
        const backward = reach(nodes.filter(n => n.kind === 'selesai' || n.kind === 'penghubung'), into);
        for (const n of nodes) {
            if (n.lane.length === 0) {
                report(accept, 'error', Codes.LaneMissing, `\`${n.name}\` belum berada di jalur mana pun; tulis \`di <jalur>\`.`, { node: n, property: 'name' });
            }
            if (n.kind !== 'mulai' && !forward.has(n)) {
                report(accept, 'error', Codes.NodeUnreachable, `\`${n.name}\` tidak dapat dicapai dari \`mulai\` mana pun.`, { node: n, property: 'name' });
            }
            if (n.kind !== 'selesai' && n.kind !== 'penghubung' && !backward.has(n)) {
                report(accept, 'error', Codes.NodeDeadEnd, `Dari \`${n.name}\` alur tidak sampai ke \`selesai\` mana pun.`, { node: n, property: 'name' });
            }
            if (n.kind === 'keputusan') {
                const exits = labels.get(n) ?? [];
                if (exits.length < 2 || exits.some(l => !l?.trim())) {
                    report(accept, 'error', Codes.DecisionExits,
                        `Keputusan \`${n.name}\` perlu paling sedikit dua alur keluar berlabel, mis. \`alur ${n.name} -> X "ya"\` dan \`alur ${n.name} -> Y "tidak"\`.`,
                        { node: n, property: 'name' });
                }
            }
        }
    }

    function outputIsProduced(rel: ast.Relasi, accept: ValidationAcceptor): void {
        const facts = models.factsFor(rel);
        const from = rel.from?.ref;
        if (!facts || !from || ast.isInstansi(from) || !rel.item) return;
        const item = normalize(rel.item);
        const fromId = refId(rel.from);
        const producers: Process[] = ast.isProses(from)
            ? [...facts.index.processTree(from.name)]
            : facts.model.processes.filter(p => p.owner !== undefined && fromId !== undefined && facts.index.isWithin(p.owner, fromId));
        const produced = producers.some(p => p.outputs.some(o => normalize(o) === item) || p.maps.some(m => m.nodes.some(n => n.output && normalize(n.output) === item)));
        if (!produced) {
            report(accept, 'error', Codes.RelasiOutputNotProduced,
                `"${rel.item}" tidak tercantum sebagai \`keluaran\` proses ${ast.isProses(from) ? `\`${from.name}\` atau sub-prosesnya` : `milik \`${rel.from!.$refText}\``}.`,
                { node: rel, property: 'item' });
        }
    }

    /** Mutu baku kelengkapan belongs to a step that does something; a terminator or connector needs none. */
    function requirementsOnASteps(node: ast.Simpul, accept: ValidationAcceptor): void {
        if (node.requirements.length === 0 || node.kind === 'kegiatan' || node.kind === 'keputusan' || node.kind === 'dokumen') return;
        report(accept, 'warning', Codes.SopFieldMisplaced,
            `\`kelengkapan\` (mutu baku SOP AP) ditulis pada ${node.kind} \`${node.name}\`; kelengkapan melekat pada kegiatan, keputusan atau dokumen, dan kolom itu kosong untuk ${node.kind}.`,
            { node, keyword: 'kelengkapan' });
    }

    return { Proses: codeIsUniqueAndChains, PetaLintasFungsi: mapGraphIsSound, Relasi: outputIsProduced, Simpul: requirementsOnASteps };
}

function inParentCycle(p: Process, all: Map<string, Process>): boolean {
    const seen = new Set<string>();
    let next = p.parent;
    while (next !== undefined && !seen.has(next)) {
        if (next === p.id) return true;
        seen.add(next);
        next = all.get(next)?.parent;
    }
    return false;
}

function reach(starts: ast.Simpul[], edges: Map<ast.Simpul, ast.Simpul[]>): Set<ast.Simpul> {
    const seen = new Set<ast.Simpul>(starts);
    const queue = [...starts];
    while (queue.length > 0) {
        for (const next of edges.get(queue.pop()!) ?? []) {
            if (!seen.has(next)) { seen.add(next); queue.push(next); }
        }
    }
    return seen;
}
