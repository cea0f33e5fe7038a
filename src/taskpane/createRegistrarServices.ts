// Builds the registrar workspace's services from the registrar use cases (a lazy chunk), over the
// same deps as the task pane. Registrar mode is chosen by the entry point with isRegistrarMailbox.

import type { RegistrarServices } from '../ui/registrar/registrarServices';
import type { ServiceDeps } from '../wiring/serviceDeps';

export interface RegistrarHooks {
  /** The archive export, wired once it exists; absent: the Exportera button stays disabled with a note. */
  exportRegistrations?: () => Promise<void>;
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
