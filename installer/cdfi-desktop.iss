; Inno Setup script: packs dist\cdfi-desktop (built by installer\cdfi-desktop.spec) into a per-user installer.
; Per-user install (no administrator rights on officers' laptops); data stays in %LOCALAPPDATA%\cdfi-desktop
; and is never removed by an update or an uninstall.
#define AppName "CDFI Desktop"
#define AppVersion "0.3.0"

[Setup]
AppId={{6B0F4C84-2E5B-4C1E-9C0B-0CDF1DE50001}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Community Development Department
DefaultDirName={localappdata}\Programs\cdfi-desktop
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
OutputBaseFilename=cdfi-desktop-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "thai"; MessagesFile: "compiler:Languages\Thai.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\dist\cdfi-desktop\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\cdfi-desktop.exe"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\cdfi-desktop.exe"

[Run]
Filename: "{app}\cdfi-desktop.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
