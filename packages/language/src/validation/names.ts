import type { AstNode, LangiumDocument, LangiumDocuments, ValidationAcceptor, ValidationChecks } from 'langium';
import type { SiKerjaScopeProvider } from '../scoping/scope-provider.js';
import type { ExportSignatures } from '../workspace/export-signatures.js';
import { AstUtils, URI, WorkspaceCache } from 'langium';
import * as ast from '../generated/ast.js';
import { isNamedNode, qualifiedName, type NamedNode } from '../qualified-names.js';
import type { SiKerjaServices } from '../sikerja-module.js';
import type { PemdaDocuments } from '../workspace/pemda-documents.js';
import { Codes } from './codes.js';
import { report } from './report.js';

/**
 * Every qualified name declared in a pemda, computed once per workspace change, so the duplicate
 * check per element is a lookup rather than a scan of the workspace.
 */
class DeclaredNames {
    private readonly cache: WorkspaceCache<string, Map<string, NamedNode[]>>;

    private readonly scopes: SiKerjaScopeProvider;
    private readonly signatures: ExportSignatures;
    private readonly counts = new Map<string, { generation: number; duplicated: Set<string> }>();

    constructor(services: SiKerjaServices, private readonly pemdaDocuments: PemdaDocuments, private readonly documents: LangiumDocuments) {
        this.cache = new WorkspaceCache(services.shared);
        this.scopes = services.references.ScopeProvider as SiKerjaScopeProvider;
        this.signatures = services.workspace.ExportSignatures;
    }

    declarationsOf(node: NamedNode): NamedNode[] {
        const pemda = this.pemdaDocuments.pemdaOf(AstUtils.getDocument(node));
        if (pemda === undefined) return [node];
        const qn = qualifiedName(node);
        // Whether a name is declared twice changes only when names change; most keystrokes don't.
        const generation = this.signatures.generation;
        let counts = this.counts.get(pemda);
        if (!counts || counts.generation !== generation) {
            counts = { generation, duplicated: new Set([...this.collect(pemda)].filter(([, nodes]) => nodes.length > 1).map(([n]) => n)) };
            this.counts.set(pemda, counts);
        }
        if (!counts.duplicated.has(qn)) return [node];
        const names = this.cache.get(pemda, () => this.collect(pemda));
        return names.get(qn) ?? [node];
    }

    /** From the index Langium already keeps (exported names), plus the insides of templates. */
    private collect(pemda: string): Map<string, NamedNode[]> {
        const names = new Map<string, NamedNode[]>();
        const add = (qn: string, node: NamedNode) => {
            const list = names.get(qn);
            if (list) list.push(node); else names.set(qn, [node]);
        };
        const uris = this.pemdaDocuments.urisOf(pemda);
        for (const [name, d] of this.scopes.exportedNames(pemda).entries()) {
            if (d.node && isNamedNode(d.node)) add(name, d.node);
        }
        for (const uri of uris) {
            const root = this.documents.getDocument(URI.parse(uri))?.parseResult.value as ast.Document | undefined;
            for (const template of root?.elements.filter(ast.isTemplat) ?? []) {
                for (const node of AstUtils.streamAllContents(template)) {
                    if (isNamedNode(node) && node.name) add(qualifiedName(node), node);
                }
            }
        }
        return names;
    }
}

function where(node: AstNode): string {
    const doc: LangiumDocument = AstUtils.getDocument(node);
    const line = (node.$cstNode?.range.start.line ?? 0) + 1;
    const file = doc.uri.path.split('/').pop();
    return `${file}:${line}`;
}

export function nameChecks(services: SiKerjaServices): ValidationChecks<ast.SiKerjaAstType> {
    const declared = new DeclaredNames(services, services.workspace.PemdaDocuments, services.shared.workspace.LangiumDocuments);

    function uniqueQualifiedName(node: NamedNode, accept: ValidationAcceptor): void {
        if (!node.name) return;
        const all = declared.declarationsOf(node);
        if (all.length < 2) return;
        const others = all.filter(n => n !== node);
        const qn = qualifiedName(node);
        report(accept, 'error', Codes.DuplicateName,
            `Nama \`${qn}\` dipakai lebih dari sekali (juga di ${others.map(where).join(', ')}). Setiap nama dalam satu pemda harus unik.`,
            {
                node, property: 'name',
                relatedInformation: others.filter(o => o.$cstNode).map(o => ({
                    location: { uri: AstUtils.getDocument(o).uri.toString(), range: o.$cstNode!.range },
                    message: `\`${qn}\` juga dinyatakan di sini`
                }))
            });
    }

    return {
        Organisasi: uniqueQualifiedName,
        Templat: uniqueQualifiedName,
        Unit: uniqueQualifiedName,
        Pimpinan: uniqueQualifiedName,
        Jabatan: uniqueQualifiedName,
        Kelompok: uniqueQualifiedName,
        Instansi: uniqueQualifiedName,
        Tim: uniqueQualifiedName,
        Penugasan: uniqueQualifiedName,
        Proses: uniqueQualifiedName,
        PetaRelasi: uniqueQualifiedName
    };
}

/** Attribute lists that the grammar collects so a repetition can be reported instead of dropped. */
const SINGLE_VALUED: Partial<Record<string, Record<string, string>>> = {
    PemdaBody: { title: 'nama', province: 'provinsi', regulation: 'regulasi' },
    Organisasi: { structureModel: 'model', uptdClass: 'kelas', parent: 'induk', template: 'menurut' },
    Pimpinan: { jenis: 'jenis jabatan', kategori: 'kategori', jenjang: 'jenjang', kelas: 'kelas', bezetting: 'bezetting', kebutuhan: 'kebutuhan', status: 'status kepegawaian', penilai: 'dibawah' },
    Jabatan: { jenis: 'jenis jabatan', kategori: 'kategori', jenjang: 'jenjang', kelas: 'kelas', bezetting: 'bezetting', kebutuhan: 'kebutuhan', status: 'status kepegawaian', penilai: 'dibawah' },
    Kelompok: { penilai: 'dibawah', coordinator: 'koordinator' },
    Isi: { title: 'judul', kelas: 'kelas', bezetting: 'bezetting', kebutuhan: 'kebutuhan', status: 'status kepegawaian' },
    Tim: { owner: 'pemilik-kinerja', duration: 'durasi', assignment: 'cara', instrument: 'ditetapkan' },
    Penugasan: { owner: 'pemilik-kinerja', assignee: 'ditugaskan', duration: 'durasi', assignment: 'cara', instrument: 'ditetapkan' },
    Permohonan: { number: 'nomor', purpose: 'maksud', competence: 'kompetensi', expectation: 'ekspektasi', duration: 'durasi' },
    Proses: { code: 'kode', level: 'level', category: 'kategori', parent: 'induk', owner: 'pemilik' },
    Simpul: { lane: 'di', duration: 'durasi', output: 'keluaran', sop: 'sop', target: 'ke' }
};

export function attributeChecks(): ValidationChecks<ast.SiKerjaAstType> {
    function noRepeatedAttribute(node: AstNode, accept: ValidationAcceptor): void {
        const attributes = SINGLE_VALUED[node.$type];
        if (!attributes) return;
        for (const [property, label] of Object.entries(attributes)) {
            const values = (node as unknown as Record<string, unknown>)[property];
            if (!Array.isArray(values) || values.length < 2) continue;
            for (let index = 1; index < values.length; index++) {
                report(accept, 'error', Codes.AttributeRepeated,
                    `\`${label}\` ditulis lebih dari sekali; tulis satu kali saja.`, { node, property, index });
            }
        }
    }
    const checks: ValidationChecks<ast.SiKerjaAstType> = {};
    for (const type of Object.keys(SINGLE_VALUED)) {
        (checks as Record<string, unknown>)[type] = noRepeatedAttribute;
    }
    return checks;
}
