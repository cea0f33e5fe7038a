// The lazily loaded chunk of registrar use cases (registrar mode only).

export { loadRegistrarDesk } from '../app/registrar/loadDeliveries';
export { makuleraDelivery, registerDelivery } from '../app/registrar/registerDelivery';
export { sendReceipt } from '../app/registrar/sendReceipt';
export { diarienummerRule } from '../domain/registrar/diarienummer';
