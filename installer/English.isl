; English texts of this app's installer, read on top of Inno Setup's Default.isl (cdfi-desktop.iss).

[Messages]
WelcomeLabel2=This will install [name/ver] on your computer, for you only (no administrator rights needed).%n%nIt is recommended that you close all other applications before continuing.
ConfirmUninstall=Are you sure you want to remove %1? (The fund's data on this computer is kept, not deleted.)

[CustomMessages]
DataKept=The fund's data (database, backups, keys and attachments) is kept in%n%n%1%n%nIt was not deleted: install the program again to open it as before.
