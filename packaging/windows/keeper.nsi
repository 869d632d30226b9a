; keeper's Windows installer: per user, no administrator rights (a station PC's attendant
; rarely has them). Built and checked on Windows 10 1809+ x64 only, after PyInstaller:
;
;   pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\keeper.spec
;   makensis /DVERSION=0.1.0 packaging\windows\keeper.nsi
;
; makes dist\keeper-<version>-setup.exe from dist\keeper\ (keeper.exe for the window,
; keeper-cli.exe for the command line, _internal\).
;
; The data folder (%APPDATA%\keeper: the ledger, its backups, logs and exports) is never in
; the program folder, and neither an upgrade nor the uninstaller touches it.

Unicode true
ManifestDPIAware true
!include "MUI2.nsh"

!ifndef VERSION
  !error "Give the version: makensis /DVERSION=x.y.z packaging\windows\keeper.nsi"
!endif
!ifndef DIST  ; where PyInstaller wrote keeper\ (relative to this script)
  !define DIST "..\..\dist"
!endif
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\keeper"
!define SHORTCUT "驿站管家 Station Keeper.lnk"

Name "驿站管家 Station Keeper"
OutFile "${DIST}\keeper-${VERSION}-setup.exe"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\keeper"
InstallDirRegKey HKCU "Software\keeper" "InstallDir"
SetCompressor /SOLID lzma
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "keeper"
VIAddVersionKey /LANG=0 "FileDescription" "驿站管家 Station Keeper installer"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "keeper"

!define MUI_ICON "keeper.ico"
!define MUI_UNICON "keeper.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\keeper.exe"

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
; The first language is the default; the installer follows Windows' display language.
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"

Section "keeper"
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the program whole: no file of the older version may linger.
  RMDir /r "$INSTDIR\_internal"
  File "${DIST}\keeper\keeper.exe"
  File "${DIST}\keeper\keeper-cli.exe"
  File /r "${DIST}\keeper\_internal"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${SHORTCUT}" "$INSTDIR\keeper.exe" "" "$INSTDIR\keeper.exe" 0
  CreateShortCut "$DESKTOP\${SHORTCUT}" "$INSTDIR\keeper.exe" "" "$INSTDIR\keeper.exe" 0

  WriteRegStr HKCU "Software\keeper" "InstallDir" "$INSTDIR"
  ; "Apps & features" lists per-user programs from HKCU.
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "驿站管家 Station Keeper"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "keeper"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\keeper.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${SHORTCUT}"
  Delete "$DESKTOP\${SHORTCUT}"
  ; Only what the installer put there, by name: never the whole folder, in case someone
  ; chose a folder that holds other things. The data folder is elsewhere and stays.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\keeper.exe"
  Delete "$INSTDIR\keeper-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\keeper"
SectionEnd
