; Inno Setup script of CDFI Desktop (Inno Setup 6.3 or later, on Windows):
;   1. build the app folder with the same spec as on Linux:  pyinstaller --noconfirm installer\cdfi-desktop.spec
;      (after building the translations, as `make dist` does: pyside6-lrelease resources\i18n\cdfi_th.ts ...)
;   2. check it:  dist\cdfi-desktop\cdfi-desktop-cli.exe --self-test
;   3. pack it:   iscc installer\cdfi-desktop.iss      -> dist\cdfi-desktop-<version>-setup.exe
; The version below is the app's (cdfi_desktop.__version__; tests/quality/test_dist.py keeps them equal); a build
; may pass another with  iscc /DAppVersion=1.2.3 installer\cdfi-desktop.iss.
;
; Per user: no administrator rights (an officer's laptop rarely gives them), installed in
; %LOCALAPPDATA%\Programs\cdfi-desktop. The officer's data (database, backups, keys, attachments, settings) is
; not in that folder but in %LOCALAPPDATA%\cdfi-desktop (platformdirs' user data and config folders of
; "cdfi-desktop", see cdfi_desktop\paths.py). Neither an update nor the uninstaller touches it: the uninstaller
; removes only the files this setup installed ([UninstallDelete] adds nothing), then says where the data stays.
; This file is ASCII; the Thai texts are in Thai.isl (UTF-8), the English ones of this app in English.isl.

#define AppName "CDFI Desktop"
#ifndef AppVersion
  #define AppVersion "0.3.0"
#endif
#define AppExe "cdfi-desktop.exe"

[Setup]
AppId={{6B0F4C84-2E5B-4C1E-9C0B-0CDF1DE50001}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Community Development Department
VersionInfoVersion={#AppVersion}
; per-user install: never asks for administrator rights
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\cdfi-desktop
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\dist
OutputBaseFilename=cdfi-desktop-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes

[Languages]
Name: "thai"; MessagesFile: "compiler:Default.isl,Thai.isl"
Name: "english"; MessagesFile: "compiler:Default.isl,English.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\dist\cdfi-desktop\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
; the Start-menu entry, and its uninstaller
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Nothing. The uninstaller removes the files this setup installed ({app} holds nothing else: the built app
; writes no compiled Python there) and never the user's data in %LOCALAPPDATA%\cdfi-desktop, kept on purpose so
; that an uninstall (or a reinstall) never loses a fund's records.

[Code]
// After an uninstall, say where the data stays (it is not removed).
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [ExpandConstant('{localappdata}\cdfi-desktop')]),
      mbInformation, MB_OK);
end;
