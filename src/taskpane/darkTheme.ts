// Fluent's dark theme in its own chunk: only hosts with a dark Office theme load it.

export { webDarkTheme as darkTheme } from '@fluentui/react-components';
