import type { AstNode, LangiumDocument, ValidationAcceptor, ValidationChecks } from 'langium';
import type { SiKerjaScopeProvider } from '../scoping/scope-provider.js';
import type { ExportSignatures } from '../workspace/export-signatures.js';
import { AstUtils, GrammarUtils, WorkspaceCache } from 'langium';
import * as ast from '../generated/ast.js';
import { isNamedNode, isNamespace, qualifiedName, type NamedNode } from '../qualified-names.js';
import { membersByName } from '../scoping/namespace-scope.js';
import type { SiKerjaServices } from '../sikerja-module.js';
import type { PemdaDocuments } from '../workspace/pemda-documents.js';
import { Codes } from './codes.js';
import { report, reportDeferred, type FindingText } from './report.js';

/**
 * Whether a qualified name is declared twice. Top-level names are compared across the pemda's
 * documents (from the index, recounted only when some name changed); a name below the top level can
 * only clash with its siblings in the same organisation, template or unit.
 */
class DeclaredNames {
    private readonly topLevel: WorkspaceCache<string, Map<string, NamedNode[]>>;
    private readonly scopes: SiKerjaScopeProvider;
    private readonly signatures: ExportSignatures;
    private readonly counts = new Map<string, { generation: number; duplicated: Set<string> }>();

    constructor(services: SiKerjaServices, private readonly pemdaDocuments: PemdaDocuments) {
        this.topLevel = new WorkspaceCache(services.shared);
        this.scopes = services.references.ScopeProvider as SiKerjaScopeProvider;
        this.signatures = services.workspace.ExportSignatures;
    }

    declarationsOf(node: NamedNode): NamedNode[] {
        const container = node.$container;
        if (ast.isDocument(container)) return this.topLevelDeclarations(node);
        let namespace: AstNode | undefined = container;
        while (namespace && !isNamespace(namespace)) namespace = namespace.$container;
        if (!namespace || !isNamespace(namespace)) return [node];
        return (membersByName(namespace).get(node.name) as NamedNode[] | undefined) ?? [node];
    }

    private topLevelDeclarations(node: NamedNode): NamedNode[] {
        const pemda = this.pemdaDocuments.pemdaOf(AstUtils.getDocument(node));
        if (pemda === undefined) return [node];
        const generation = this.signatures.generation;
        let counts = this.counts.get(pemda);
        if (!counts || counts.generation !== generation) {
            const duplicated = new Set<string>();
            for (const [name, list] of this.scopes.exportedNames(pemda).entriesGroupedByKey()) if (list.length > 1) duplicated.add(name);
            this.counts.set(pemda, counts = { generation, duplicated });
        }
        if (!counts.duplicated.has(node.name)) return [node];
        const names = this.topLevel.get(pemda, () => {
            const map = new Map<string, NamedNode[]>();
            for (const [name, d] of this.scopes.exportedNames(pemda).entries()) {
                if (!d.node || !isNamedNode(d.node)) continue;
                const list = map.get(name);
                if (list) list.push(d.node); else map.set(name, [d.node]);
            }
            return map;
        });
        return names.get(node.name) ?? [node];
    }
}

/** How many other declarations a duplicate-name message names; the rest are counted. */
export const DUPLICATES_NAMED = 3;

function byPlace(a: AstNode, b: AstNode): number {
    const ua = AstUtils.getDocument(a).uri.toString();
    const ub = AstUtils.getDocument(b).uri.toString();
    return ua < ub ? -1 : ua > ub ? 1 : (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0);
}

function where(node: AstNode): string {
    const doc: LangiumDocument = AstUtils.getDocument(node);
    const line = (node.$cstNode?.range.start.line ?? 0) + 1;
    const file = doc.uri.path.split('/').pop();
    return `${file}:${line}`;
}

/** The message and related places of a duplicate name: the first few other declarations, the rest counted. */
function duplicateText(node: NamedNode, all: readonly NamedNode[]): FindingText {
    // A line pasted thousands of times must not give each copy a message listing every other copy.
    const others: NamedNode[] = [];
    for (const n of all) {
        if (n !== node) others.push(n);
        if (others.length === DUPLICATES_NAMED) break;
    }
    const rest = all.length - 1 - others.length;
    const qn = qualifiedName(node);
    const places = others.map(where).join(', ') + (rest > 0 ? `, dan ${rest} tempat lain` : '');
    return {
        message: `Nama \`${qn}\` dipakai lebih dari sekali (juga di ${places}). Setiap nama dalam satu pemda harus unik.`,
        relatedInformation: others.filter(o => o.$cstNode).map(o => ({
            location: { uri: AstUtils.getDocument(o).uri.toString(), range: o.$cstNode!.range },
            message: `\`${qn}\` juga dinyatakan di sini`
        }))
    };
}

export function nameChecks(services: SiKerjaServices): ValidationChecks<ast.SiKerjaAstType> {
    const declared = new DeclaredNames(services, services.workspace.PemdaDocuments);

    // In file order, whatever order the workspace index holds them in after edits; sorted once per list.
    const inFileOrder = new WeakMap<NamedNode[], NamedNode[]>();
    const sorted = (all: NamedNode[]) => {
        let list = inFileOrder.get(all);
        if (!list) inFileOrder.set(all, list = [...all].sort(byPlace));
        return list;
    };

    function uniqueQualifiedName(node: NamedNode, accept: ValidationAcceptor): void {
        if (!node.name) return;
        const all = declared.declarationsOf(node);
        if (all.length < 2) return;
        // Worked out only if shown: a line pasted thousands of times gives thousands of these, all but
        // the first hundred left out by the cap (finding-cap.ts).
        reportDeferred(accept, 'error', Codes.DuplicateName, { node, property: 'name' }, () => duplicateText(node, sorted(all)));
    }

    return {
        Organisasi: uniqueQualifiedName,
        Templat: uniqueQualifiedName,
        Unit: uniqueQualifiedName,
        Pimpinan: uniqueQualifiedName,
        Jabatan: uniqueQualifiedName,
        Kelompok: uniqueQualifiedName,
        Instansi: uniqueQualifiedName,
        Pegawai: uniqueQualifiedName,
        Tim: uniqueQualifiedName,
        Penugasan: uniqueQualifiedName,
        Proses: uniqueQualifiedName,
        PetaRelasi: uniqueQualifiedName
    };
}

/** Attribute lists that the grammar collects so a repetition can be reported instead of dropped. */
const SINGLE_VALUED: Partial<Record<string, Record<string, string>>> = {
    PemdaBody: { title: 'nama', province: 'provinsi', regulation: 'regulasi', capital: 'ibukota', regent: 'kepala-daerah', kop: 'kop' },
    Kop: { address: 'alamat', postalCode: 'kode-pos', phone: 'telepon', fax: 'faksimile', website: 'laman', email: 'pos-el' },
    Organisasi: { structureModel: 'model', uptdClass: 'kelas', parent: 'induk', template: 'menurut', kop: 'kop' },
    Pegawai: { nip: 'nip', rank: 'pangkat', status: 'status kepegawaian', position: 'menduduki' },
    Naskah: { number: 'nomor', date: 'tanggal', place: 'tempat', issuer: 'oleh', nature: 'sifat', subject: 'hal' },
    Pimpinan: { jenis: 'jenis jabatan', kategori: 'kategori', jenjang: 'jenjang', kelas: 'kelas', bezetting: 'bezetting', kebutuhan: 'kebutuhan', status: 'status kepegawaian', penilai: 'dibawah' },
    Jabatan: { jenis: 'jenis jabatan', kategori: 'kategori', jenjang: 'jenjang', kelas: 'kelas', bezetting: 'bezetting', kebutuhan: 'kebutuhan', status: 'status kepegawaian', penilai: 'dibawah' },
    Kelompok: { penilai: 'dibawah', coordinator: 'koordinator' },
    Isi: { title: 'judul', kelas: 'kelas', bezetting: 'bezetting', kebutuhan: 'kebutuhan', status: 'status kepegawaian' },
    Tim: { owner: 'pemilik-kinerja', ownerInstansi: 'pemilik-kinerja', duration: 'durasi', assignment: 'cara', instrument: 'ditetapkan' },
    Penugasan: { owner: 'pemilik-kinerja', ownerInstansi: 'pemilik-kinerja', assignee: 'ditugaskan', duration: 'durasi', assignment: 'cara', instrument: 'ditetapkan' },
    Permohonan: { number: 'nomor', date: 'tanggal', nature: 'sifat', subject: 'hal', purpose: 'maksud', duration: 'durasi' },
    Proses: { code: 'kode', level: 'level', category: 'kategori', parent: 'induk', owner: 'pemilik' },
    Simpul: { lane: 'di', duration: 'durasi', output: 'keluaran', sop: 'sop', target: 'ke' }
};

export function attributeChecks(): ValidationChecks<ast.SiKerjaAstType> {
    const entries = new Map(Object.entries(SINGLE_VALUED).map(([type, attributes]) => [type, Object.entries(attributes ?? {})]));
    function noRepeatedAttribute(node: AstNode, accept: ValidationAcceptor): void {
        for (const [property, label] of entries.get(node.$type) ?? []) {
            const values = (node as unknown as Record<string, unknown>)[property];
            if (!Array.isArray(values) || values.length < 2 || !node.$cstNode) continue;
            // Looked up once: by property and index, Langium would search the node's text again for every copy.
            const written = GrammarUtils.findNodesForProperty(node.$cstNode, property);
            for (let index = 1; index < written.length; index++) {
                report(accept, 'error', Codes.AttributeRepeated,
                    `\`${label}\` ditulis lebih dari sekali; tulis satu kali saja.`, { node, range: written[index].range });
            }
        }
    }
    const checks: ValidationChecks<ast.SiKerjaAstType> = {};
    for (const type of Object.keys(SINGLE_VALUED)) {
        (checks as Record<string, unknown>)[type] = noRepeatedAttribute;
    }
    return checks;
}
