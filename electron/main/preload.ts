// Sandboxed preload: exposes one small object, `window.passerelle`, and nothing else. Each
// method forwards to one invoke channel; the main process checks the sender and the arguments.
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL, type PasserelleBridge } from '../../db/contract/bridge';

const bridge = {
  rpc: (name, input) => ipcRenderer.invoke(IPC_CHANNEL.rpc, name, input),
  print: (request) => ipcRenderer.invoke(IPC_CHANNEL.print, request),
  printToFolder: (request) => ipcRenderer.invoke(IPC_CHANNEL.printToFolder, request),
  saveFile: (options, contents) => ipcRenderer.invoke(IPC_CHANNEL.saveFile, options, contents),
  openFile: (options) => ipcRenderer.invoke(IPC_CHANNEL.openFile, options),
  pickPath: (request) => ipcRenderer.invoke(IPC_CHANNEL.pickPath, request),
  version: __PASSERELLE_VERSION__,
} satisfies PasserelleBridge;

contextBridge.exposeInMainWorld('passerelle', bridge);
