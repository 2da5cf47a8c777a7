// Starts the app's web worker: its wasm-bindgen glue, then its WebAssembly.
// Written here rather than by Trunk's loader shim, which passes the path the
// way wasm-bindgen has deprecated (a console warning on every start).
importScripts('./worker.js');
wasm_bindgen({ module_or_path: './worker_bg.wasm' });
