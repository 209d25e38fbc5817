"""Step 10, "send to the province": this device and its key, the province's key, what waits to be sent, making a
bundle for a USB stick, the last bundle and the province's last receipt; and Settings → Device key."""
