"""A tiny TCP proxy: ``python tcp_proxy.py LISTEN_PORT TARGET_HOST TARGET_PORT``.

The smoke job puts it between gunicorn and PostgreSQL, then kills it to make the database
unreachable (every connection drops, new ones are refused) and starts it again to recover.
"""

import socket
import sys
import threading


def pipe(source, target):
    try:
        while data := source.recv(65536):
            target.sendall(data)
    except OSError:
        pass
    finally:
        for sock in (source, target):
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


def main(listen_port, target_host, target_port):
    server = socket.create_server(("127.0.0.1", listen_port), reuse_port=False)
    print("ready", flush=True)
    while True:
        client, _ = server.accept()
        try:
            upstream = socket.create_connection((target_host, target_port), timeout=5)
        except OSError:
            client.close()
            continue
        upstream.settimeout(None)
        threading.Thread(target=pipe, args=(client, upstream), daemon=True).start()
        threading.Thread(target=pipe, args=(upstream, client), daemon=True).start()


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2], int(sys.argv[3]))
