// Builds the registrar workspace's services from the registrar use cases (a lazy chunk), over the
// same deps as the task pane. Registrar mode is chosen by the entry point with isRegistrarMailbox.

import type { RegistrarServices } from '../ui/registrar/registrarServices';
import type { ServiceDeps } from '../wiring/serviceDeps';

export interface RegistrarHooks {
  /** The archive export (createArchiveExport); absent: the export panel stays disabled with a note. */
  exportRegistrations?: RegistrarServices['exportRegistrations'];
}

/** The archive export over the same deps; ERMS, CSV and zip code load in their own chunk on first use. */
export function createArchiveExport(getDeps: () => Promise<ServiceDeps>): NonNullable<RegistrarServices['exportRegistrations']> {
  return async (selection) => {
    const [uc, deps] = await Promise.all([import(/* webpackChunkName: "lazy-registrar-export" */ './registrarExport.js'), getDeps()]);
    return uc.exportArchive(deps, selection);
  };
}

export function createRegistrarServices(getDeps: () => Promise<ServiceDeps>, hooks: RegistrarHooks = {}): RegistrarServices {
  const useCases = () => import(/* webpackChunkName: "lazy-registrar-usecases" */ './registrarUseCases.js');
  return {
    async loadDesk() {
      const [uc, deps] = await Promise.all([useCases(), getDeps()]);
      const desk = await uc.loadRegistrarDesk(deps);
      return { ...desk, diarienummerExample: uc.diarienummerRule(deps.profile).example, organisation: deps.profile.name };
    },
    async register(id, form) {
      const [uc, deps] = await Promise.all([useCases(), getDeps()]);
      return uc.registerDelivery(deps, { id, form });
    },
    async makulera(input) {
      const [uc, deps] = await Promise.all([useCases(), getDeps()]);
      return uc.makuleraDelivery(deps, input);
    },
    async sendReceipt(id) {
      const [uc, deps] = await Promise.all([useCases(), getDeps()]);
      return uc.sendReceipt(deps, { id });
    },
    ...(hooks.exportRegistrations ? { exportRegistrations: hooks.exportRegistrations } : {}),
  };
}
