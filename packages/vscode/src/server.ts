import { workerDiagramRenderer } from '@sikerja/diagram';
import { startSiKerjaServer } from '@sikerja/language';

// The same server as `sikerja lsp`, with diagrams laid out in a worker beside it.
startSiKerjaServer({ diagrams: workerDiagramRenderer() });
