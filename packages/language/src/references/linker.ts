import type { AstNodeDescription, LangiumDocument, LinkingError, ReferenceInfo } from 'langium';
import { AstUtils, Cancellation, DefaultLinker, isMultiReference, isReference } from 'langium';
import { visitAst } from '../ast-walk.js';
import type { Document } from '../generated/ast.js';

const TARGET_LABELS: Record<string, string> = {
    Position: 'jabatan atau pimpinan',
    Jabatan: 'jabatan',
    Pimpinan: 'pimpinan',
    OrgUnit: 'unit organisasi atau perangkat daerah',
    Organisasi: 'perangkat daerah atau unit kerja',
    Templat: 'templat',
    Instansi: 'instansi',
    Addressable: 'unit organisasi, perangkat daerah atau instansi',
    Proses: 'proses',
    RelasiEnd: 'proses, unit organisasi, perangkat daerah atau instansi',
    LaneTarget: 'unit organisasi, jabatan atau instansi',
    Jalur: 'jalur di peta ini',
    Simpul: 'simbol (mulai, kegiatan, keputusan, ...) di peta ini',
    Sop: 'SOP di peta ini'
};

/** Linking errors in Bahasa Indonesia, naming what was looked for and where. */
export class SiKerjaLinker extends DefaultLinker {
    private readonly referenceProperties = new Map<string, string[]>();

    /**
     * Langium's loop, without its per-node costs on a kabupaten's tens of thousands of nodes (an await
     * and a stream over every key of every node): the reference properties of a node type are read
     * once from the grammar's metadata, and the build yields for cancellation every few hundred nodes.
     */
    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('linking')) return super.link(document, cancelToken);
        await visitAst(document.parseResult.value, cancelToken, node => {
            for (const property of this.referencePropertiesOf(node.$type)) {
                const value = (node as unknown as Record<string, unknown>)[property];
                if (Array.isArray(value)) {
                    value.forEach((reference, index) => {
                        if (isReference(reference) || isMultiReference(reference)) this.doLink({ reference, container: node, property, index }, document);
                    });
                } else if (isReference(value) || isMultiReference(value)) {
                    this.doLink({ reference: value, container: node, property }, document);
                }
            }
        });
    }

    private referencePropertiesOf(type: string): string[] {
        let properties = this.referenceProperties.get(type);
        if (!properties) {
            properties = Object.values(this.reflection.getTypeMetaData(type).properties).filter(p => p.referenceType !== undefined).map(p => p.name);
            this.referenceProperties.set(type, properties);
        }
        return properties;
    }

    override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const base = super.createLinkingError(refInfo, targetDescription);
        const type = this.reflection.getReferenceType(refInfo);
        const label = TARGET_LABELS[type] ?? type;
        const root = AstUtils.findRootNode(refInfo.container) as Document;
        const pemda = root.header?.name;
        const where = pemda ? ` di pemda ${pemda}` : '';
        const hint = refInfo.reference.$refText.includes('.')
            ? ' Periksa setiap bagian nama berjenjangnya.'
            : ' Dari berkas lain, tulis nama lengkapnya, mis. `DPMPTSP.BidangPerizinan.AnalisKebijakan`.';
        return { ...base, message: `Tidak ditemukan ${label} bernama \`${refInfo.reference.$refText}\`${where}.${hint}` };
    }
}
