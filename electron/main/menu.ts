// The application menu, in French.
import { app, BrowserWindow, dialog, Menu, shell, type MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  version: string;
  dataDir: string;
}

async function showAbout({ version, dataDir }: MenuOptions): Promise<void> {
  const options = {
    type: 'info' as const,
    title: 'À propos de Passerelle',
    message: `Passerelle ${version}`,
    detail:
      "Gestion d'une association intermédiaire.\n\n" +
      `Dossier des données :\n${dataDir}\n\n` +
      `Electron ${process.versions.electron ?? '?'} · Chromium ${process.versions.chrome ?? '?'} · Node ${process.versions.node}`,
    buttons: ['Fermer', 'Ouvrir le dossier des données'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
  const parent = BrowserWindow.getFocusedWindow();
  const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  if (response === 1) await shell.openPath(dataDir);
}

export function buildMenu(options: MenuOptions): Menu {
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload', label: 'Recharger' },
    { type: 'separator' },
    { role: 'zoomIn', label: 'Zoom avant' },
    { role: 'zoomOut', label: 'Zoom arrière' },
    { role: 'resetZoom', label: 'Réinitialiser le zoom' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: 'Plein écran' },
  ];
  if (!app.isPackaged) {
    view.push({ type: 'separator' }, { role: 'toggleDevTools', label: 'Outils de développement' });
  }
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'Fichier',
      submenu: [{ role: 'quit', label: 'Quitter' }],
    },
    {
      label: 'Édition',
      submenu: [
        { role: 'undo', label: 'Annuler' },
        { role: 'redo', label: 'Rétablir' },
        { type: 'separator' },
        { role: 'cut', label: 'Couper' },
        { role: 'copy', label: 'Copier' },
        { role: 'paste', label: 'Coller' },
        { type: 'separator' },
        { role: 'selectAll', label: 'Tout sélectionner' },
      ],
    },
    { label: 'Affichage', submenu: view },
    {
      label: 'Aide',
      submenu: [{ label: 'À propos de Passerelle', click: () => void showAbout(options) }],
    },
  ];
  return Menu.buildFromTemplate(template);
}

export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(buildMenu(options));
}
