// The lazily loaded chunk of the registrar's archive export (ERMS XML, register CSV, zip via fflate).

export { exportArchive } from '../app/registrar/exportArchive';
